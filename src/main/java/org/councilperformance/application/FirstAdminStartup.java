package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.councilperformance.domain.access.Role;
import org.councilperformance.infrastructure.audit.ChangeAuthor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new production database has no users and there is no default password: the first admin is made
 * once, at start, from FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD. The settings are ignored as
 * soon as any account exists, so they can (and should) be removed afterwards.
 */
@ApplicationScoped
public class FirstAdminStartup {
  private static final Logger LOG = Logger.getLogger(FirstAdminStartup.class.getName());

  @Inject
  @ConfigProperty(name = "first.admin.username")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "first.admin.password")
  private Optional<String> password;

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;

  @Transactional
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    List<Long> any =
        em.createQuery("select u.id from UserAccount u", Long.class)
            .setMaxResults(1)
            .getResultList();
    if (!any.isEmpty()) {
      return;
    }
    if (username.isEmpty() || password.isEmpty() || password.get().length() < 12) {
      LOG.warning(
          "No user accounts exist. Set FIRST_ADMIN_USERNAME and FIRST_ADMIN_PASSWORD (12 characters"
              + " or more) and restart to create the first admin.");
      return;
    }
    ChangeAuthor.actAs(
        "first-admin-setup",
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
