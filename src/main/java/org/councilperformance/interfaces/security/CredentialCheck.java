package org.councilperformance.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.councilperformance.application.AccountService;
import org.councilperformance.domain.access.SignIn;
import org.councilperformance.domain.access.UserAccount;

/**
 * The database side of authentication, each check in a transaction of its own: a sign-in's failed
 * attempt or lockout is saved although the request is refused. Kept apart from the mechanism so
 * that a database that cannot be reached fails here, after the transaction has been rolled back,
 * and the mechanism can tell "cannot check" from "wrong credentials".
 */
@ApplicationScoped
@Transactional
public class CredentialCheck {
  private final AccountService accounts;

  @Inject
  public CredentialCheck(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For CDI's client proxy only. */
  protected CredentialCheck() {
    this(null);
  }

  public SignIn password(String username, char[] password) {
    return accounts.signIn(username, password);
  }

  public Optional<UserAccount> tokenOwner(String secret) {
    return accounts.tokenOwner(secret);
  }

  /** The person a session or the identity provider names, unless unknown or locked out. */
  public Optional<UserAccount> activeUser(String username) {
    return accounts.activeUser(username);
  }
}
