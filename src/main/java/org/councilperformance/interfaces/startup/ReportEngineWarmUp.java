package org.councilperformance.interfaces.startup;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.PackRenderer;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;

/**
 * The first pack after a start cost 3 to 9 s more than the next: JasperReports loads its templates,
 * fonts, expression classes and PDF exporter on first use. Once the application has started, this
 * renders an empty pack of every section as PDF on a background thread, so no person waits for that
 * (docs/benchmarks.md#first-pack-after-a-start). It reads nothing from the database, never delays
 * readiness and never fails the start: whatever goes wrong is logged and the server goes on.
 */
@ApplicationScoped
public class ReportEngineWarmUp {
  private static final Logger LOG = Logger.getLogger(ReportEngineWarmUp.class.getName());

  /** Each template of the pack, as its section source names it, with no rows. */
  static final Pack EMPTY_PACK =
      new Pack(
          "Warm-up",
          "Warm-up",
          "Warm-up",
          "",
          "warm-up",
          List.of(
              empty(PackSection.COVER, "Cover"),
              empty(PackSection.SUMMARY, "Summary"),
              empty(PackSection.DASHBOARD, "Dashboard"),
              empty(PackSection.EXCEPTIONS, "Exceptions"),
              empty(PackSection.INDICATORS, "IndicatorCompendium"),
              empty(PackSection.FINANCE, "Finance"),
              empty(PackSection.ABSENCE, "Absence"),
              empty(PackSection.CONTACT_CENTRE, "ContactCentre"),
              empty(PackSection.RISKS, "Risks"),
              empty(PackSection.DATA_QUALITY, "DataQuality")));

  private final PackRenderer renderer;

  private final Supplier<Executor> executor;

  @Inject
  public ReportEngineWarmUp(PackRenderer renderer) {
    this(renderer, ReportEngineWarmUp::managedExecutor);
  }

  ReportEngineWarmUp(PackRenderer renderer, Supplier<Executor> executor) {
    this.renderer = renderer;
    this.executor = executor;
  }

  /** For CDI's client proxy only. */
  protected ReportEngineWarmUp() {
    this(null, null);
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    start();
  }

  /** Hands the warm-up to a background thread and returns at once; never throws. */
  void start() {
    try {
      executor.get().execute(this::warm);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The report engine was not warmed up: " + e.getMessage(), e);
    }
  }

  /** Renders the empty pack once; a failure costs only the first pack's speed. */
  void warm() {
    long start = System.nanoTime();
    try {
      renderer.render(EMPTY_PACK, ReportFormat.PDF);
      LOG.info(
          "The report engine is warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "The report engine was not warmed up (the first pack will be slower): " + e.getMessage(),
          e);
    }
  }

  private static SectionContent empty(PackSection section, String template) {
    return new SectionContent(section, template, List.of(), Map.of());
  }

  /** The server's default managed executor (see PackJobs#executor for why it is looked up). */
  private static Executor managedExecutor() {
    try {
      return InitialContext.<ManagedExecutorService>doLookup(
          "java:comp/DefaultManagedExecutorService");
    } catch (NamingException e) {
      throw new RejectedExecutionException("no managed executor: is concurrent-3.0 enabled?", e);
    }
  }
}
