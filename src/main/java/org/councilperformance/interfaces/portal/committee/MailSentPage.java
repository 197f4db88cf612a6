package org.councilperformance.interfaces.portal.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.distribution.SentMail;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * "Mail sent" (docs/portal.md#mail-sent): the messages the server's own mail sink wrote as .eml
 * files, newest first, and one of them opened, so a newcomer sees what went out without an SMTP
 * server. With a real SMTP server it says where mail goes and lists nothing. Admins only: the
 * messages are the committees' papers, as readable as the delivery log.
 */
@Path("admin/mail")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class MailSentPage {
  /** How many messages the list shows. */
  static final int SHOWN = 200;

  private final SentMail mail;
  private final AccessPolicy access;
  private final Pages pages;

  @Context private HttpServletRequest request;

  @Inject
  public MailSentPage(SentMail mail, AccessPolicy access, Pages pages) {
    this.mail = mail;
    this.access = access;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public MailSentPage() {
    this(null, null, null);
  }

  @GET
  public Response list() {
    requireAdmin();
    SentMail.Destination destination = mail.destination();
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("destination", destination);
    page.put("messages", destination.files() ? mail.newest(SHOWN) : java.util.List.of());
    page.put("shown", SHOWN);
    return pages.page("committee/mailSent.jte", page);
  }

  @GET
  @Path("{id}")
  public Response message(@PathParam("id") String id) {
    requireAdmin();
    SentMail.Message message =
        mail.message(id)
            .orElseThrow(() -> new NotFoundException("id", "no message " + id + " was written"));
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("message", message);
    return pages.page("committee/mailMessage.jte", page);
  }

  /** The delivery log's rule: the papers sent are read by admins only. */
  private void requireAdmin() {
    access.checkRequest("GET", "meetings/any/deliveries", PortalFilter.account(request));
  }
}
