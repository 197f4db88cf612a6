package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackCoverTest {
  private final PackCover cover =
      new PackCover(new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null));

  @Test
  void keepsWhatTheCoverSays() {
    cover.describe(
        " Cabinet ", LocalDate.of(2018, 11, 5), "Q2 report", List.of(" Chief Executive "), null);
    assertThat(cover.committee()).isEqualTo("Cabinet");
    assertThat(cover.authors()).containsExactly("Chief Executive");
    assertThat(PackCover.publicationText(cover.exemptParagraph())).isEqualTo("Public report");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7})
  void exemptParagraphsOneToSevenAreAccepted(int paragraph) {
    cover.describe("Cabinet", null, "Q2 report", List.of(), paragraph);
    assertThat(PackCover.publicationText(cover.exemptParagraph()))
        .isEqualTo(
            "Exempt: not for publication by virtue of paragraph "
                + paragraph
                + " of Part 1 of Schedule 12A to the Local Government Act 1972");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 8, -1})
  void otherParagraphsAreRefused(int paragraph) {
    assertThatThrownBy(() -> cover.describe("Cabinet", null, "Q2", List.of(), paragraph))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("exemptParagraph");
  }

  @Test
  void committeeAndTitleAreRequiredAndBounded() {
    assertThatThrownBy(() -> cover.describe(" ", null, "Q2", null, null))
        .extracting("field")
        .isEqualTo("committee");
    assertThatThrownBy(() -> cover.describe("C".repeat(201), null, "Q2", null, null))
        .extracting("field")
        .isEqualTo("committee");
    cover.describe("C".repeat(200), null, "T".repeat(300), null, null);
    assertThatThrownBy(() -> cover.describe("Cabinet", null, "T".repeat(301), null, null))
        .extracting("field")
        .isEqualTo("title");
    assertThatThrownBy(() -> cover.describe("Cabinet", null, null, null, null))
        .extracting("field")
        .isEqualTo("title");
  }

  @Test
  void authorsAreSingleNonEmptyLines() {
    assertThatThrownBy(() -> cover.describe("Cabinet", null, "Q2", Arrays.asList("A", null), null))
        .extracting("field")
        .isEqualTo("authors");
    assertThatThrownBy(() -> cover.describe("Cabinet", null, "Q2", List.of("A\nB"), null))
        .extracting("field")
        .isEqualTo("authors");
    cover.describe("Cabinet", null, "Q2", null, null);
    assertThat(cover.authors()).isEmpty();
  }
}
