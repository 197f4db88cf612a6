package org.councilperformance.interfaces.rest.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.report.PackNarratives;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackNarrative;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * Officers' narrative of a period's pack (docs/reports.md#officers-narrative): one text per
 * priority and per council-wide appendix, printed at the top of it. Everyone signed in may read
 * them; only admins write them, until the period is published.
 */
@Path("reports/narratives")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {
  private final Lookup lookup;
  private final PackNarratives narratives;
  private final Preconditions preconditions;

  @Inject
  public NarrativeResource(Lookup lookup, PackNarratives narratives, Preconditions preconditions) {
    this.lookup = lookup;
    this.narratives = narratives;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public NarrativeResource() {
    this(null, null, null);
  }

  /** Blank or absent text clears the narrative. */
  public record NarrativeBody(String text) {}

  /**
   * @param priority the priority's code, or null for an appendix
   * @param appendix the appendix's section key, e.g. "finance", or null for a priority
   * @param title the priority's name or the appendix's title
   * @param text null when none is written
   */
  @JsonbPropertyOrder({"period", "priority", "appendix", "title", "text"})
  public record NarrativeView(
      String period, String priority, String appendix, String title, String text) {
    static NarrativeView of(
        ReportingPeriod period, NarrativeSubject subject, String title, String text) {
      return new NarrativeView(
          period.code(),
          subject.priorityCode(),
          subject.appendix() == null ? null : subject.appendix().key(),
          title,
          text);
    }
  }

  /** Every priority's and appendix's narrative for the period, in pack order, written or not. */
  @GET
  @Path("{period}")
  public List<NarrativeView> all(@PathParam("period") PeriodCode period) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    Map<NarrativeSubject, String> texts = narratives.texts(reportingPeriod);
    return narratives.subjects().stream()
        .map(s -> NarrativeView.of(reportingPeriod, s.subject(), s.title(), texts.get(s.subject())))
        .toList();
  }

  @GET
  @Path("{period}/priorities/{code}")
  public NarrativeView priority(
      @PathParam("period") PeriodCode period, @PathParam("code") Code code) {
    return read(period, narratives.priority(code), lookup.priority(code).name());
  }

  @PUT
  @Path("{period}/priorities/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public NarrativeView writePriority(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @NotNull NarrativeBody body) {
    return write(period, narratives.priority(code), lookup.priority(code).name(), body);
  }

  @GET
  @Path("{period}/appendices/{section}")
  public NarrativeView appendix(
      @PathParam("period") PeriodCode period, @PathParam("section") String section) {
    NarrativeSubject subject = NarrativeSubject.appendix(section, "section");
    return read(period, subject, subject.appendix().title());
  }

  @PUT
  @Path("{period}/appendices/{section}")
  @Consumes(MediaType.APPLICATION_JSON)
  public NarrativeView writeAppendix(
      @PathParam("period") PeriodCode period,
      @PathParam("section") String section,
      @NotNull NarrativeBody body) {
    NarrativeSubject subject = NarrativeSubject.appendix(section, "section");
    return write(period, subject, subject.appendix().title(), body);
  }

  private NarrativeView read(PeriodCode period, NarrativeSubject subject, String title) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    PackNarrative stored = narratives.narrative(reportingPeriod, subject).orElse(null);
    if (stored != null) {
      preconditions.read(stored);
    }
    return NarrativeView.of(reportingPeriod, subject, title, stored == null ? null : stored.text());
  }

  private NarrativeView write(
      PeriodCode period, NarrativeSubject subject, String title, NarrativeBody body) {
    PeriodCode code = PeriodCode.required(period, "period");
    ReportingPeriod reportingPeriod = lookup.period(code);
    preconditions.check(narratives.narrative(reportingPeriod, subject).orElse(null));
    PackNarrative saved = preconditions.saved(narratives.write(code, subject, body.text()));
    return NarrativeView.of(reportingPeriod, subject, title, saved.text());
  }
}
