package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.access.ApiToken;
import org.councilperformance.domain.access.PasswordHash;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.SignIn;
import org.councilperformance.domain.access.UserAccount;

/** People who sign in, their sign-ins, and their personal API tokens. */
@ApplicationScoped
public class AccountService {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;

  @Inject
  public AccountService(EntityManager em, Lookup lookup, Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected AccountService() {
    this(null, null, null);
  }

  /**
   * Checks a username and password. The answer says what came of it, for the security log; the
   * caller must not tell the client more than "refused". A failed attempt is counted.
   */
  public SignIn signIn(String username, char[] password) {
    return SignIn.attempt(
        username, byUsername(username), password, clock.instant(), PasswordHash::matches);
  }

  /**
   * The account a session was started for, while it may still be used: a locked account's sessions
   * stop working at once.
   */
  public Optional<UserAccount> activeUser(String username) {
    return byUsername(username).filter(user -> !user.isLocked(clock.instant()));
  }

  /** Whether any account exists at all (a new production database has none). */
  public boolean anyExist() {
    return !em.createQuery("select u.id from UserAccount u", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery(
            "select u from UserAccount u left join fetch u.businessUnits where u.username = :u",
            UserAccount.class)
        .setParameter("u", username == null ? "" : username.trim())
        .getResultStream()
        .findFirst();
  }

  /** The owner of an active token, if the secret is one and its owner is not locked out. */
  public Optional<UserAccount> tokenOwner(String secret) {
    return em.createQuery(
            "select t from ApiToken t join fetch t.owner o left join fetch o.businessUnits"
                + " where t.tokenHash = :h and t.revokedAt is null",
            ApiToken.class)
        .setParameter("h", ApiToken.hash(secret))
        .getResultStream()
        .findFirst()
        .map(ApiToken::owner)
        .filter(owner -> !owner.isLocked(clock.instant()));
  }

  public UserAccount createUser(
      String username, String displayName, Role role, List<Code> units, char[] password) {
    if (byUsername(username).isPresent()) {
      throw new ConflictException("username", "user '" + username + "' already exists");
    }
    UserAccount user = new UserAccount(username, displayName, role);
    user.assign(role, units.stream().map(u -> lookup.businessUnit(u)).toList());
    if (password != null) {
      user.setPassword(password);
    }
    em.persist(user);
    return user;
  }

  public ApiToken.Issued issueToken(String username, String name) {
    UserAccount owner = byUsername(username).orElseThrow();
    ApiToken.Issued issued = ApiToken.issue(owner, name, clock.instant());
    em.persist(issued.token());
    return issued;
  }

  public List<ApiToken> tokens(String username) {
    return em.createQuery(
            "select t from ApiToken t where t.owner.username = :u order by t.id", ApiToken.class)
        .setParameter("u", username)
        .getResultList();
  }

  /** One of the user's own tokens; someone else's token is "not found" to them. */
  public ApiToken token(String username, long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.owner().username().equals(username)) {
      throw new NotFoundException("id", "you have no token with id " + tokenId);
    }
    return token;
  }

  /** Revokes one of the user's own tokens; someone else's token is "not found" to them. */
  public ApiToken revokeToken(String username, long tokenId) {
    ApiToken token = token(username, tokenId);
    token.revoke(clock.instant());
    return token;
  }

  public List<UserAccount> users() {
    return em.createQuery(
            "select distinct u from UserAccount u left join fetch u.businessUnits order by u.username",
            UserAccount.class)
        .getResultList();
  }

  public UserAccount user(String username) {
    return byUsername(username)
        .orElseThrow(() -> new NotFoundException("username", "no user '" + username + "'"));
  }

  /** Sets or clears (null or blank) the address a person's reminders go to. */
  public UserAccount reachUserAt(String username, String email) {
    UserAccount user = user(username);
    user.reachAt(email);
    return user;
  }

  /**
   * Changes a person's name, role, units and email address; a new password only when one is given.
   */
  public UserAccount reviseUser(
      String username,
      String displayName,
      Role role,
      List<Code> units,
      char[] password,
      String email) {
    UserAccount user = user(username);
    user.rename(displayName);
    user.reachAt(email);
    user.assign(role, units.stream().map(u -> lookup.businessUnit(u)).toList());
    if (password != null) {
      user.setPassword(password);
    }
    return user;
  }
}
