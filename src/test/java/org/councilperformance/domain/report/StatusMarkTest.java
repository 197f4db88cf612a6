package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A status is printed as a shape and a word as well as a colour, so that a pack printed in black
 * and white, or read by someone who cannot tell red from green, says the same thing.
 */
class StatusMarkTest {
  /** GREEN_PLUS is "Green plus": the status's name as words. */
  private static String words(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  @ParameterizedTest
  @EnumSource(RagStatus.class)
  void aStatusIsASymbolThenItsNameInWords(RagStatus status) {
    assertThat(StatusMark.of(status)).matches("\\S \\S.*").endsWith(" " + words(status));
  }

  @Test
  void noTwoStatusesShareASymbol() {
    assertThat(Arrays.stream(RagStatus.values()).map(s -> StatusMark.of(s).charAt(0)))
        .doesNotHaveDuplicates();
  }

  @Test
  void eachStatusNamesItsOwnColourInTheStyleLibrary() {
    assertThat(Arrays.stream(RagStatus.values()).map(StatusMark::colourOf))
        .allMatch(c -> c.matches("Status\\.[A-Z_]+"))
        .doesNotHaveDuplicates();
  }

  @Test
  void noStatusPrintsNothingOnWhite() {
    assertThat(StatusMark.of((RagStatus) null)).isEmpty();
    assertThat(StatusMark.colourOf(null)).isEqualTo("Status.NONE");
    assertThat(StatusMark.of((DirectionOfTravel) null)).isEmpty();
  }

  @Test
  void aStatusTheCouncilPrintedDifferentlyIsMarkedAsReportedBeneathIt() {
    assertThat(StatusMark.of(RagStatus.AMBER, RagStatus.GREEN))
        .isEqualTo("▲ Amber\nas reported: ●\u00A0Green");
    assertThat(StatusMark.of(RagStatus.MISSING, RagStatus.RED))
        .isEqualTo("✕ Missing\nas reported: ◆\u00A0Red");
    assertThat(StatusMark.asReported(RagStatus.AMBER, RagStatus.GREEN_PLUS))
        .isEqualTo("as reported: ★\u00A0Green plus");
  }

  @Test
  void aStatusPrintedAlikeOrNotPrintedAtAllHasNoMark() {
    assertThat(StatusMark.of(RagStatus.RED, RagStatus.RED)).isEqualTo("◆ Red");
    assertThat(StatusMark.of(RagStatus.RED, null)).isEqualTo("◆ Red");
    assertThat(StatusMark.asReported(RagStatus.RED, RagStatus.RED)).isEmpty();
    assertThat(StatusMark.asReported(RagStatus.GREEN, null)).isEmpty();
    assertThat(StatusMark.of(null, null)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DirectionOfTravel.class)
  void aDirectionIsAnArrowThenItsNameInWords(DirectionOfTravel direction) {
    assertThat(StatusMark.of(direction)).matches("\\S \\S.*").endsWith(" " + words(direction));
  }

  @Test
  void noTwoDirectionsShareAnArrow() {
    assertThat(Arrays.stream(DirectionOfTravel.values()).map(d -> StatusMark.of(d).charAt(0)))
        .doesNotHaveDuplicates();
  }
}
