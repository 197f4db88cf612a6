package org.councilperformance.application;

import java.util.Objects;
import java.util.function.Supplier;
import org.councilperformance.domain.access.UserAccount;

/**
 * Who is acting on this thread: the signed-in person of a request, someone not signed in (a sign-in
 * attempt), or the server itself at start-up. The access policy asks it whose units may be changed;
 * the audit stamps every change with its name. It travels on the thread because the audit's
 * revision listener is made by Hibernate, outside CDI; work with no caller set runs as {@link
 * #SYSTEM}.
 *
 * @param name the name the audit history shows
 * @param account the signed-in person's account; null when nobody is signed in
 */
public record Caller(String name, UserAccount account) {
  public static final Caller SYSTEM = new Caller("system", null);
  private static final Caller ANONYMOUS = new Caller("anonymous", null);
  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

  public Caller {
    Objects.requireNonNull(name);
  }

  public static Caller signedIn(UserAccount account) {
    return new Caller(account.username(), account);
  }

  /** A request without a signed-in account, named by the principal it carries if any. */
  public static Caller notSignedIn(String principalName) {
    return principalName == null ? ANONYMOUS : new Caller(principalName, null);
  }

  /** The server doing a task of its own, named for the audit, e.g. "sample-loader". */
  public static Caller server(String task) {
    return new Caller(task, null);
  }

  public static Caller current() {
    Caller caller = CURRENT.get();
    return caller == null ? SYSTEM : caller;
  }

  /** Acts as this caller until {@link #leave()}: for a request's filters, which bracket it. */
  public void enter() {
    CURRENT.set(this);
  }

  public static void leave() {
    CURRENT.remove();
  }

  /** Does some work as this caller, then restores whoever was acting before. */
  public <T> T run(Supplier<T> work) {
    Caller previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
