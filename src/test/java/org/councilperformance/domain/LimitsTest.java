package org.councilperformance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters text may hold (docs/api.md#limits, docs/portal.md#errors). */
class LimitsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "tab\tand\nline\r\nbreaks",
        "£ – é ü 日本",
        "emoji \uD83D\uDE00",
        "\u00A0",
        ""
      })
  void printableTextPasses(String text) {
    assertThat(Limits.printable(text, "commentary")).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000",
        "a\u0001",
        "\u001F",
        "\u000B",
        "lone \uD83D",
        "lone \uDE00 low",
        "\uFFFE",
        "\uFDD0"
      })
  void aCharacterNoDocumentCanCarryIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> Limits.printable(text, "email"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("email contains a character that cannot be printed: U+")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("email");
  }

  @Test
  void printableIgnoresLengthWhereTextDoesNot() {
    String tooLong = "x".repeat(Limits.TEXT_BYTES + 1);
    assertThat(Limits.printable(tooLong, "text")).hasSize(Limits.TEXT_BYTES + 1);
    assertThatThrownBy(() -> Limits.text(tooLong, "text"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("too long");
  }
}
