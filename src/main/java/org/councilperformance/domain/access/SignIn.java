package org.councilperformance.domain.access;

import java.time.Instant;
import java.util.Optional;

/**
 * One attempt to sign in with a username and password, and what came of it. Every attempt does the
 * same hash work — known user or not, locked or not, with or without a password — so how long it
 * takes does not tell who has an account (docs/access-and-workflow.md#passwords-and-lockout).
 */
public record SignIn(String username, Outcome outcome, UserAccount account) {
  public enum Outcome {
    SIGNED_IN,
    WRONG_PASSWORD,
    /** This failure was the one that locked the account. */
    LOCKED_NOW,
    /** The account was already locked; the password was not looked at. */
    LOCKED,
    UNKNOWN_USER
  }

  /** Checks a password for an account found by its username, or for none. */
  public static SignIn attempt(
      String username,
      Optional<UserAccount> account,
      char[] password,
      Instant now,
      PasswordVerifier verifier) {
    if (account.isEmpty()) {
      verifier.matches(password, PasswordHash.NO_ACCOUNT);
      return new SignIn(username, Outcome.UNKNOWN_USER, null);
    }
    return new SignIn(username, account.get().attempt(password, now, verifier), account.get());
  }

  public boolean succeeded() {
    return outcome == Outcome.SIGNED_IN;
  }

  public Optional<UserAccount> signedIn() {
    return succeeded() ? Optional.of(account) : Optional.empty();
  }
}
