package org.councilperformance.interfaces.portal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;
import org.councilperformance.interfaces.portal.committee.Forms;
import org.councilperformance.interfaces.security.SecurityLog;

/**
 * The admins' people page (docs/portal.md#people): everyone who can sign in, with their role, units
 * and the email address reminders go to, and a form to change that address. Names, roles, units and
 * passwords stay the API's (docs/api.md#users). Each form is checked against the API request it
 * corresponds to.
 */
@Path("admin/people")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {
  private final AccountService accounts;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public PeoplePage(
      AccountService accounts, AccessPolicy access, PendingChanges changes, Pages pages) {
    this.accounts = accounts;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PeoplePage() {
    this(null, null, null, null);
  }

  @GET
  public Response people() {
    access.checkRequest("GET", "users", PortalFilter.account(request));
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("people", accounts.users());
    return pages.page("access/people.jte", page);
  }

  @GET
  @Path("{username}/email")
  public Response emailForm(@PathParam("username") String username) {
    UserAccount person = accounts.user(username);
    checkAdmin(person);
    return form(200, person, Objects.requireNonNullElse(person.email(), ""), FormErrors.none());
  }

  @POST
  @Path("{username}/email")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveEmail(@PathParam("username") String username) {
    UserAccount person = accounts.user(username);
    checkAdmin(person);
    String typed = Forms.value(request, "email");
    String version = FormVersion.required(request);
    if (!FormVersion.of(person).equals(version)) {
      return pages.stale(frame(), stale(person, typed));
    }
    FormErrors errors = FormErrors.none();
    try {
      accounts.reachUserAt(person.username(), typed);
      FormVersion.write(changes, person.displayName() + "'s email address");
    } catch (InvalidValueException refused) {
      errors.addRefusal("email", refused.field(), "Email address", refused.getMessage());
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, person, typed, errors));
    }
    SecurityLog.userChanged(
        "user-changed",
        PortalFilter.account(request).username(),
        person.username(),
        " email-set=" + (person.email() != null),
        request.getRemoteAddr());
    Flash.set(
        request,
        person.email() == null
            ? person.displayName() + " has no email address now, so is sent no reminders."
            : person.displayName() + "'s reminders now go to " + person.email() + ".");
    return Pages.seeOther(uriInfo, frame().href("/admin/people") + "#" + rowId(person));
  }

  /**
   * The id of a person's row in the table: the username, as the API allows it (docs/api.md); any
   * other character (a first admin's name from configuration) as "_".
   */
  public static String rowId(UserAccount person) {
    return "person-" + person.username().replaceAll("[^A-Za-z0-9_.@-]", "_");
  }

  private Response form(int status, UserAccount person, String email, FormErrors errors) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("person", person);
    page.put("email", email);
    page.put("version", FormVersion.of(person));
    page.put("errors", errors);
    return pages.page(status, "access/emailForm.jte", page);
  }

  private Stale stale(UserAccount saved, String yours) {
    return new Stale(
        saved.displayName() + "'s email address",
        List.of(
            new Stale.Row(
                "Email address", Objects.requireNonNullElse(saved.email(), "None"), yours)),
        frame().href("/admin/people/" + saved.username() + "/email"),
        List.of(new Stale.Field("email", yours)),
        FormVersion.of(saved),
        frame().href("/admin/people") + "#" + rowId(saved));
  }

  private void checkAdmin(UserAccount person) {
    access.checkRequest("PUT", "users/" + person.username(), PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
