package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.councilperformance.application.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the sample council at start when {@code sample.data} is true (the embedded demo and the
 * tests) and the database is empty. Against a real council's database it is off unless asked for.
 */
@ApplicationScoped
public class SampleCouncilStartup {
  private static final Logger LOG = Logger.getLogger(SampleCouncilStartup.class.getName());

  private final boolean sampleData;

  private final SampleCouncilLoader loader;
  private final Instance<SampleAppendix> appendices;

  @Inject
  public SampleCouncilStartup(
      @ConfigProperty(name = "sample.data", defaultValue = "false") boolean sampleData,
      SampleCouncilLoader loader,
      @Any Instance<SampleAppendix> appendices) {
    this.sampleData = sampleData;
    this.loader = loader;
    this.appendices = appendices;
  }

  /** For CDI's client proxy only. */
  protected SampleCouncilStartup() {
    this(false, null, null);
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!sampleData) {
      return;
    }
    Caller.server("sample-loader")
        .run(
            () -> {
              if (loader.databaseHasData()) {
                LOG.info("Sample council not loaded: the database already holds data");
              } else {
                loader.load();
              }
              if (loader.lacksDemoAccounts()) {
                loader.loadDemoAccounts();
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
            });
  }
}
