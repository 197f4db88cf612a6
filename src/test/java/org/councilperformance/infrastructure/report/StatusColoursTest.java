package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.report.StatusMark;
import org.junit.jupiter.api.Test;

/** The status colours come from the style library, one for every colour a row can name. */
class StatusColoursTest {
  private final Map<String, String> colours =
      JasperPackRenderer.statusColours(new JasperPackRenderer().styles());

  @Test
  void theLibraryHasAColourForEveryStatusAndForNone() {
    Arrays.stream(RagStatus.values())
        .forEach(s -> assertThat(colours).containsKey(StatusMark.colourOf(s)));
    assertThat(colours).containsEntry(StatusMark.colourOf(null), "#FFFFFF");
    assertThat(colours.values()).allMatch(c -> c.matches("#[0-9A-F]{6}"));
  }

  @Test
  void redAmberAndGreenLookDifferentAndGreenPlusSitsOnGreen() {
    assertThat(
            Arrays.asList(
                colours.get(StatusMark.colourOf(RagStatus.RED)),
                colours.get(StatusMark.colourOf(RagStatus.AMBER)),
                colours.get(StatusMark.colourOf(RagStatus.GREEN))))
        .doesNotHaveDuplicates();
    // Its star and word, not its colour, set green plus apart.
    assertThat(colours.get(StatusMark.colourOf(RagStatus.GREEN_PLUS)))
        .isEqualTo(colours.get(StatusMark.colourOf(RagStatus.GREEN)));
  }
}
