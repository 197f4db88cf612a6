package org.councilperformance.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegibleTextTest {
  @Test
  void aTextMarkedGarbledIsLeftOutWhole() {
    assertThat(SampleCouncilLoader.legible("[garbled] to funde ... lational Lott")).isNull();
    assertThat(SampleCouncilLoader.legible("[partly garbled] ... the work reflects value"))
        .isNull();
    assertThat(SampleCouncilLoader.legible("To deliver programmes [title garbled in extraction]"))
        .isNull();
  }

  @Test
  void aWordMarkedMissingIsLeftOutWithoutItsMarker() {
    assertThat(
            SampleCouncilLoader.legible(
                "Establish public spaces, including Square. [word missing in extraction; Marlborough"
                    + " Square per context]"))
        .isEqualTo("Establish public spaces, including Square.");
  }

  @Test
  void soundTextIsKeptAsItIs() {
    assertThat(SampleCouncilLoader.legible("Events held [2 of 3] on time."))
        .isEqualTo("Events held [2 of 3] on time.");
    assertThat(SampleCouncilLoader.legible(null)).isNull();
  }
}
