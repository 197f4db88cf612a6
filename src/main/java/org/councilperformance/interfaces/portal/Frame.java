package org.councilperformance.interfaces.portal;

import java.util.List;
import org.councilperformance.domain.access.Role;
import org.councilperformance.interfaces.portal.Govuk.NavItem;

/**
 * What every portal page shows around its content: the council's service name, the navigation the
 * person's role offers, who is signed in, and the CSRF token every form carries.
 *
 * @param base the portal's address below the host, e.g. "/portal" (another context root moves it)
 * @param person the signed-in person's name; null on the sign-in pages
 */
public record Frame(
    String base,
    String serviceName,
    String person,
    Role role,
    String csrfToken,
    List<NavItem> navigation) {

  /** The name of the hidden field carrying the session's CSRF token in every form. */
  public static final String CSRF_FIELD = "csrfToken";

  public boolean signedIn() {
    return person != null;
  }

  /** A portal address, e.g. {@code href("/periods")} → "/portal/periods". */
  public String href(String path) {
    return base + path;
  }
}
