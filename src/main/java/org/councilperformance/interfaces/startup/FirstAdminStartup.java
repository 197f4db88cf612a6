package org.councilperformance.interfaces.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.Caller;
import org.councilperformance.domain.access.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new production database has no users and there is no default password: the first admin is made
 * once, at start, from FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD. The settings are ignored as
 * soon as any account exists, so they can (and should) be removed afterwards.
 */
@ApplicationScoped
public class FirstAdminStartup {
  private static final Logger LOG = Logger.getLogger(FirstAdminStartup.class.getName());

  private final Optional<String> username;

  private final Optional<String> password;

  private final AccountService accounts;

  @Inject
  public FirstAdminStartup(
      @ConfigProperty(name = "first.admin.username") Optional<String> username,
      @ConfigProperty(name = "first.admin.password") Optional<String> password,
      AccountService accounts) {
    this.username = username;
    this.password = password;
    this.accounts = accounts;
  }

  /** For CDI's client proxy only. */
  protected FirstAdminStartup() {
    this(null, null, null);
  }

  /** A start-up task is an entry point: it begins its own transaction (docs/design.md). */
  @Transactional
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (accounts.anyExist()) {
      return;
    }
    if (username.isEmpty() || password.isEmpty() || password.get().length() < 12) {
      LOG.warning(
          "No user accounts exist. Set FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD (12 characters"
              + " or more) and restart to create the first admin.");
      return;
    }
    Caller.server("first-admin-setup")
        .run(
            () ->
                accounts.createUser(
                    username.get(),
                    username.get(),
                    Role.ADMIN,
                    List.of(),
                    password.get().toCharArray()));
    LOG.info("Created the first admin account '" + username.get() + "'");
  }
}
