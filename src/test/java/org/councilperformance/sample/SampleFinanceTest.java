package org.councilperformance.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class SampleFinanceTest {
  @Test
  void aCapitalCommentIsPrintedWithTheItemsItIntroduces() {
    assertThat(
            SampleFinance.comment(
                Json.createObjectBuilder()
                    .add("text", "The net figure of £1.884m and other movements include:")
                    .add(
                        "items",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder().add("text", "Marlborough Square +£1.7m"))
                            .add(Json.createObjectBuilder().add("text", "Memorial Tower +£40k")))
                    .build()))
        .isEqualTo(
            "The net figure of £1.884m and other movements include:\n– Marlborough Square +£1.7m"
                + "\n– Memorial Tower +£40k");
  }

  @Test
  void aLeadInWithoutItsListIsLeftOutAndAPlainCommentKept() {
    assertThat(
            SampleFinance.comment(
                Json.createObjectBuilder().add("text", "Other movements include:").build()))
        .isNull();
    assertThat(
            SampleFinance.comment(
                Json.createObjectBuilder().add("text", "All carry forwards are included.").build()))
        .isEqualTo("All carry forwards are included.");
  }
}
