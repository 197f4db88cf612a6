package org.councilperformance.interfaces.rest.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.distribution.Alerts;
import org.councilperformance.domain.distribution.DistributionAlert;

/** What distribution told the admins, newest first (docs/api.md#distribution). Admins only. */
@Path("alerts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
  private final Alerts alerts;

  @Inject
  public AlertResource(Alerts alerts) {
    this.alerts = alerts;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public AlertResource() {
    this(null);
  }

  public record AlertView(
      long id,
      DistributionAlert.Kind kind,
      long meeting,
      Long delivery,
      String text,
      Instant raisedAt) {
    static AlertView of(DistributionAlert a) {
      return new AlertView(a.id(), a.kind(), a.meetingId(), a.deliveryId(), a.text(), a.raisedAt());
    }
  }

  /**
   * @param meeting only this meeting's
   */
  @GET
  public List<AlertView> list(@QueryParam("meeting") Long meeting) {
    return alerts.list(meeting).stream().map(AlertView::of).toList();
  }
}
