package org.councilperformance.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.risk.RiskReviewBuilder.reviewOf;

import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A risk's direction of travel between its latest two reviews. */
class RiskDirectionTest {
  private static final LocalDate TODAY = LocalDate.parse("2019-12-31");
  private final Risk risk = new Risk("CR-01", "Cyber attack", 4);

  /** A review of the test risk on a date with a residual likelihood × impact. */
  private RiskReview review(String date, int likelihood, int impact) {
    return reviewOf(risk, LocalDate.parse(date)).rated(likelihood, impact).enteredOn(TODAY).build();
  }

  @ParameterizedTest(name = "{0} then {1} -> {2}")
  @CsvSource({
    "9, 8, IMPROVING", // fell by one: the smallest improvement
    "9, 9, UNCHANGED",
    "8, 9, WORSENING", // rose by one: the smallest worsening
    "16, 1, IMPROVING",
    "1, 16, WORSENING"
  })
  void comparesTheResidualScores(int previous, int latest, DirectionOfTravel expected) {
    // 4×4 ratings with these scores: likelihood × 1 up to 4, then × 4.
    assertThat(
            RiskPosition.directionOf(
                List.of(scored("2019-03-31", previous), scored("2019-06-30", latest))))
        .isEqualTo(expected);
  }

  /** A review whose residual score is the given one (scores up to 16 on a 4×4 matrix). */
  private RiskReview scored(String date, int score) {
    for (int likelihood = 1; likelihood <= 4; likelihood++) {
      if (score % likelihood == 0 && score / likelihood <= 4) {
        return review(date, likelihood, score / likelihood);
      }
    }
    throw new IllegalArgumentException("no 4x4 rating scores " + score);
  }

  @Test
  void noReviewsOrOneReviewHasNoDirection() {
    assertThat(RiskPosition.directionOf(List.of())).isNull();
    assertThat(RiskPosition.directionOf(List.of(review("2019-06-30", 4, 4)))).isNull();
  }

  @Test
  void twoReviewsGiveADirection() {
    assertThat(
            RiskPosition.directionOf(
                List.of(review("2019-03-31", 3, 3), review("2019-06-30", 2, 4))))
        .isEqualTo(DirectionOfTravel.IMPROVING); // 9 then 8
    assertThat(
            RiskPosition.directionOf(
                List.of(review("2019-03-31", 2, 4), review("2019-06-30", 3, 3))))
        .isEqualTo(DirectionOfTravel.WORSENING); // 8 then 9
  }

  @Test
  void theSameScoreWithLikelihoodAndImpactSwappedIsUnchanged() {
    assertThat(
            RiskPosition.directionOf(
                List.of(review("2019-03-31", 2, 3), review("2019-06-30", 3, 2))))
        .isEqualTo(DirectionOfTravel.UNCHANGED);
  }

  @Test
  void onlyTheLatestTwoByReviewDateCount() {
    // Entered out of order: the March review was backfilled after the others.
    List<RiskReview> reviews =
        List.of(
            review("2019-06-30", 2, 2), // 4
            review("2019-09-30", 3, 2), // 6: latest
            review("2019-03-31", 4, 4)); // 16: oldest, ignored
    assertThat(RiskPosition.directionOf(reviews)).isEqualTo(DirectionOfTravel.WORSENING);
    assertThat(RiskPosition.of(risk, reviews).latestReview().reviewDate())
        .isEqualTo(LocalDate.parse("2019-09-30"));
  }
}
