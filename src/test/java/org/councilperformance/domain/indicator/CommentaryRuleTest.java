package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class CommentaryRuleTest {
  private final CommentaryRule redAndAmber = CommentaryRule.of("RED,AMBER");

  @Test
  void aRedOrAmberFigureWithoutCommentaryIsRefusedNamingTheField() {
    assertThatThrownBy(() -> redAndAmber.check(RagStatus.RED, "  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("red")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("commentary");
    assertThat(redAndAmber.lacks(RagStatus.AMBER, null)).isTrue();
  }

  @Test
  void aGreenOrMissingFigureNeedsNoCommentary() {
    assertThat(redAndAmber.lacks(RagStatus.GREEN, null)).isFalse();
    assertThat(redAndAmber.lacks(RagStatus.MISSING, null)).isFalse();
    assertThat(redAndAmber.lacks(RagStatus.RED, "Staff shortage; agency cover from May")).isFalse();
  }

  @Test
  void anEmptySettingTurnsTheRuleOff() {
    CommentaryRule off = CommentaryRule.of(" ");
    assertThat(off.lacks(RagStatus.RED, null)).isFalse();
    assertThat(off.words()).isEqualTo("Commentary is optional.");
  }

  @Test
  void theRuleInWordsNamesTheStatusesInOrderOfSeverity() {
    assertThat(CommentaryRule.of("red, amber").words())
        .isEqualTo("Commentary is required when the status is amber or red.");
    assertThat(CommentaryRule.of("RED").words())
        .isEqualTo("Commentary is required when the status is red.");
  }
}
