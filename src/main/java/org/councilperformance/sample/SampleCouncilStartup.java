package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.councilperformance.application.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample council at start when {@code sample.data} is true (the embedded demo and the
 * tests) and the database is empty; adds the demo accounts, whose passwords are published, only
 * when {@code sample.accounts} is true as well. A database holding anything but the sample is never
 * touched, whatever the settings (docs/operations.md#configuration).
 */
@ApplicationScoped
public class SampleCouncilStartup {
  private static final Logger LOG = Logger.getLogger(SampleCouncilStartup.class.getName());

  private final boolean sampleData;
  private final boolean sampleAccounts;

  private final SampleCouncilLoader loader;
  private final Iterable<SampleAppendix> appendices;

  @Inject
  public SampleCouncilStartup(
      @ConfigProperty(name = "sample.data", defaultValue = "false") boolean sampleData,
      @ConfigProperty(name = "sample.accounts", defaultValue = "false") boolean sampleAccounts,
      SampleCouncilLoader loader,
      @Any Instance<SampleAppendix> appendices) {
    this(sampleData, sampleAccounts, loader, (Iterable<SampleAppendix>) appendices);
  }

  SampleCouncilStartup(
      boolean sampleData,
      boolean sampleAccounts,
      SampleCouncilLoader loader,
      Iterable<SampleAppendix> appendices) {
    this.sampleData = sampleData;
    this.sampleAccounts = sampleAccounts;
    this.loader = loader;
    this.appendices = appendices;
  }

  /** For CDI's client proxy only. */
  protected SampleCouncilStartup() {
    this(false, false, null, List.of());
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (sampleData) {
      Caller.server("sample-loader").run(this::loadWhatIsMissing);
    }
  }

  private Void loadWhatIsMissing() {
    if (!loader.databaseHasData()) {
      loader.load();
    } else if (!loader.holdsTheSample()) {
      LOG.warning(
          "sample.data is true but the database holds another council's data:"
              + " nothing of the sample council was added to it");
      return null;
    } else {
      LOG.info("Sample council not loaded again: the database already holds it");
    }
    if (loader.lacksDemoAccounts()) {
      if (sampleAccounts) {
        loader.loadDemoAccounts();
      } else {
        LOG.info(
            "Demo accounts not created: their passwords are published; set sample.accounts"
                + " (SAMPLE_ACCOUNTS=true) only on a database you can throw away");
      }
    }
    if (loader.lacksActions()) {
      loader.loadActions();
    }
    for (SampleAppendix appendix : appendices) {
      if (!appendix.isLoaded()) {
        appendix.load();
      }
    }
    return null;
  }
}
