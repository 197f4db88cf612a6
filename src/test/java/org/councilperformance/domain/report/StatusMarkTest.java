package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.junit.jupiter.api.Test;

class StatusMarkTest {
  @Test
  void everyStatusHasItsOwnShapeAndWord() {
    assertThat(StatusMark.of(RagStatus.RED)).isEqualTo("◆ Red");
    assertThat(StatusMark.of(RagStatus.AMBER)).isEqualTo("▲ Amber");
    assertThat(StatusMark.of(RagStatus.GREEN)).isEqualTo("● Green");
    assertThat(StatusMark.of(RagStatus.GREEN_PLUS)).isEqualTo("★ Green plus");
    Set<String> shapes =
        Arrays.stream(RagStatus.values())
            .map(s -> StatusMark.of(s).substring(0, 1))
            .collect(Collectors.toSet());
    assertThat(shapes).hasSize(RagStatus.values().length);
  }

  @Test
  void noStatusPrintsNothingOnWhite() {
    assertThat(StatusMark.of((RagStatus) null)).isEmpty();
    assertThat(StatusMark.colourOf(null)).isEqualTo("#FFFFFF");
    assertThat(StatusMark.of((DirectionOfTravel) null)).isEmpty();
  }

  @Test
  void directionOfTravelHasArrowAndWord() {
    assertThat(StatusMark.of(DirectionOfTravel.IMPROVING)).isEqualTo("↑ Improving");
    assertThat(StatusMark.of(DirectionOfTravel.UNCHANGED)).isEqualTo("→ Unchanged");
    assertThat(StatusMark.of(DirectionOfTravel.WORSENING)).isEqualTo("↓ Worsening");
  }
}
