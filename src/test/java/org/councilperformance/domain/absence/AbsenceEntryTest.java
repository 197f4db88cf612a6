package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilperformance.domain.absence.AbsenceTestData.n;

import java.time.Instant;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class AbsenceEntryTest {
  private static final Instant AT = Instant.parse("2018-10-15T09:00:00Z");

  private static ReportingPeriod period(String code) {
    return new ReportingPeriod(PeriodCode.parse(code, "period"), null);
  }

  @Test
  void theCouncilRowKeepsFiguresAsPrintedScaleIncluded() {
    CouncilAbsence council = new CouncilAbsence(period("2018-19-Q2"), "admin", AT);
    council.state(
        n("658.14"),
        n("220.61"),
        n("1043.29"),
        n("451.59"),
        n("2.30"),
        n("9.26"),
        LongTermFollowUp.NONE,
        "admin",
        AT);
    assertThat(council.statedTotal().statedDaysPerFte().toPlainString()).isEqualTo("2.30");
    assertThatThrownBy(
            () ->
                council.state(
                    null, null, null, n("0"), null, null, LongTermFollowUp.NONE, "admin", AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("fte");
    assertThatThrownBy(
            () ->
                council.state(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new LongTermFollowUp(null, null, n("101")),
                    "admin",
                    AT))
        .extracting("field")
        .isEqualTo("returnToWorkPercent");
  }

  @Test
  void reasonsNeedANameOnceAndAShareFrom0To100() {
    CouncilAbsence council = new CouncilAbsence(period("2018-19-Q2"), "admin", AT);
    council.explain(AbsenceTestData.q2Reasons(), "admin", AT);
    assertThat(council.reasons()).hasSize(15);
    assertThatThrownBy(
            () ->
                council.explain(
                    List.of(
                        new AbsenceReasonShare("Cold and Flu", n("50")),
                        new AbsenceReasonShare("Other", n("100.5"))),
                    "admin",
                    AT))
        .extracting("field")
        .isEqualTo("reasons[1].percent");
    assertThatThrownBy(
            () ->
                council.explain(
                    List.of(
                        new AbsenceReasonShare("Cold and Flu", n("50")),
                        new AbsenceReasonShare("cold and flu", n("50"))),
                    "admin",
                    AT))
        .extracting("field")
        .isEqualTo("reasons[1].reason");
    assertThatThrownBy(
            () -> council.explain(List.of(new AbsenceReasonShare(" ", n("50"))), "admin", AT))
        .extracting("field")
        .isEqualTo("reasons[0].reason");
    // A refused list leaves the reasons as they were.
    assertThat(council.reasons()).hasSize(15);
  }

  @Test
  void theTargetIsSetForAYearAboveZero() {
    AbsenceTarget target = new AbsenceTarget(period("2018-19"), n("8.0"));
    assertThat(target.daysPerFte().toPlainString()).isEqualTo("8.0");
    assertThatThrownBy(() -> new AbsenceTarget(period("2018-19-Q2"), n("8.0")))
        .extracting("field")
        .isEqualTo("year");
    assertThatThrownBy(() -> target.reset(n("0"))).extracting("field").isEqualTo("daysPerFte");
    assertThatThrownBy(() -> target.reset(null)).extracting("field").isEqualTo("daysPerFte");
  }
}
