package org.councilperformance.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the start loads into each kind of database, and never into a council's own. */
class SampleCouncilStartupTest {
  /** A loader that only records what it was asked to load. */
  private static final class RecordingLoader extends SampleCouncilLoader {
    final List<String> loaded = new ArrayList<>();
    private final boolean hasData;
    private final boolean holdsSample;

    RecordingLoader(boolean hasData, boolean holdsSample) {
      this.hasData = hasData;
      this.holdsSample = holdsSample;
    }

    @Override
    public boolean databaseHasData() {
      return hasData;
    }

    @Override
    public boolean holdsTheSample() {
      return holdsSample;
    }

    @Override
    public boolean lacksDemoAccounts() {
      return !loaded.contains("accounts");
    }

    @Override
    public boolean lacksActions() {
      return !hasData && !loaded.contains("actions");
    }

    @Override
    public void load() {
      loaded.add("council");
    }

    @Override
    public void loadDemoAccounts() {
      loaded.add("accounts");
    }

    @Override
    public void loadActions() {
      loaded.add("actions");
    }
  }

  private static List<String> start(
      boolean sampleData, boolean sampleAccounts, RecordingLoader loader) {
    new SampleCouncilStartup(sampleData, sampleAccounts, loader, List.of()).onStart(null);
    return loader.loaded;
  }

  @Test
  void anEmptyDatabaseGetsTheSampleAndTheDemoAccountsOnlyWhenBothAreAskedFor() {
    assertThat(start(true, true, new RecordingLoader(false, false)))
        .containsExactly("council", "accounts", "actions");
    assertThat(start(true, false, new RecordingLoader(false, false)))
        .containsExactly("council", "actions");
  }

  @Test
  void aCouncilsOwnDatabaseIsNeverTouched() {
    assertThat(start(true, true, new RecordingLoader(true, false))).isEmpty();
    assertThat(start(true, false, new RecordingLoader(true, false))).isEmpty();
  }

  @Test
  void nothingIsLoadedUnlessTheSampleIsAskedFor() {
    assertThat(start(false, true, new RecordingLoader(false, false))).isEmpty();
  }

  @Test
  void aSampleDatabaseIsNotLoadedTwiceButMayGetItsDemoAccountsLater() {
    assertThat(start(true, false, new RecordingLoader(true, true))).isEmpty();
    assertThat(start(true, true, new RecordingLoader(true, true))).containsExactly("accounts");
  }
}
