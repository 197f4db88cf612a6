package org.councilperformance.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionOfTravelTest {
  private static final LocalDate TODAY = LocalDate.parse("2019-12-31");
  private final Risk risk = new Risk("CR-01", "Cyber attack", 4);

  /** A review of the test risk on a date with a residual likelihood × impact. */
  private RiskReview review(String date, int likelihood, int impact) {
    return new RiskReview(
        risk,
        LocalDate.parse(date),
        risk.rating(likelihood, impact, "residual"),
        null,
        null,
        TODAY,
        "test",
        Instant.EPOCH);
  }

  @ParameterizedTest(name = "{0} then {1} -> {2}")
  @CsvSource({
    "9, 8, IMPROVING", // fell by one: the smallest improvement
    "9, 9, UNCHANGED",
    "9, 10, WORSENING", // rose by one: the smallest worsening
    "16, 1, IMPROVING",
    "1, 16, WORSENING"
  })
  void comparesTheResidualScores(int previous, int latest, DirectionOfTravel expected) {
    assertThat(DirectionOfTravel.between(previous, latest)).isEqualTo(expected);
  }

  @Test
  void noReviewsOrOneReviewHasNoDirection() {
    assertThat(DirectionOfTravel.ofReviews(List.of())).isNull();
    assertThat(DirectionOfTravel.ofReviews(List.of(review("2019-06-30", 4, 4)))).isNull();
  }

  @Test
  void twoReviewsGiveADirection() {
    assertThat(
            DirectionOfTravel.ofReviews(
                List.of(review("2019-03-31", 3, 3), review("2019-06-30", 2, 4))))
        .isEqualTo(DirectionOfTravel.IMPROVING); // 9 then 8
    assertThat(
            DirectionOfTravel.ofReviews(
                List.of(review("2019-03-31", 2, 4), review("2019-06-30", 3, 3))))
        .isEqualTo(DirectionOfTravel.WORSENING); // 8 then 9
  }

  @Test
  void theSameScoreWithLikelihoodAndImpactSwappedIsUnchanged() {
    assertThat(
            DirectionOfTravel.ofReviews(
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
    assertThat(DirectionOfTravel.ofReviews(reviews)).isEqualTo(DirectionOfTravel.WORSENING);
    assertThat(RiskPosition.of(risk, reviews).latestReview().reviewDate())
        .isEqualTo(LocalDate.parse("2019-09-30"));
  }
}
