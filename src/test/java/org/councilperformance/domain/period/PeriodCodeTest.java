package org.councilperformance.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.councilperformance.domain.MalformedValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodCodeTest {
  @ParameterizedTest(name = "{0} runs {1} to {2}")
  @CsvSource({
    "2018-19, 2018-04-01, 2019-03-31",
    "2018-19-Q1, 2018-04-01, 2018-06-30",
    "2018-19-Q2, 2018-07-01, 2018-09-30",
    "2018-19-Q3, 2018-10-01, 2018-12-31",
    "2018-19-Q4, 2019-01-01, 2019-03-31",
    "2099-00, 2099-04-01, 2100-03-31",
    "2019-20-Q4, 2020-01-01, 2020-03-31"
  })
  void financialYearRunsAprilToMarch(String code, LocalDate start, LocalDate end) {
    PeriodCode period = PeriodCode.parse(code, "period");
    assertThat(period.startDate()).isEqualTo(start);
    assertThat(period.endDate()).isEqualTo(end);
    assertThat(period.toString()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2018-20", "2018-19-Q5", "2018-19-Q0", "2018/19", "18-19", "2018-19-q2", "Q2"})
  void refusesWhatIsNotAPeriod(String code) {
    assertThatThrownBy(() -> PeriodCode.parse(code, "period"))
        .isInstanceOf(MalformedValueException.class)
        .extracting(e -> ((MalformedValueException) e).field())
        .isEqualTo("period");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void aPeriodIsRequired(String code) {
    assertThatThrownBy(() -> PeriodCode.parse(code, "period"))
        .isInstanceOf(MalformedValueException.class)
        .hasMessageContaining("required");
  }

  @ParameterizedTest
  @CsvSource({"2018-19, YEAR, 2018-19", "2018-19-Q3, QUARTER, 2018-19"})
  void knowsItsTypeAndYear(String code, PeriodType type, String year) {
    PeriodCode period = PeriodCode.parse(code, "period");
    assertThat(period.type()).isEqualTo(type);
    assertThat(period.financialYear()).isEqualTo(year);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2018-19-Q2 | Quarter 2 2018/19 (July–September)",
        "2018-19 | Financial year 2018/19"
      })
  void labelsItselfAsReportsDo(String code, String label) {
    assertThat(PeriodCode.parse(code, "period").defaultLabel()).isEqualTo(label);
  }

  @Test
  void knowsThePeriodsItIsComparedWith() {
    PeriodCode q1 = PeriodCode.parse("2019-20-Q1", "period");
    assertThat(q1.previous()).hasToString("2018-19-Q4");
    assertThat(q1.sameLastYear()).hasToString("2018-19-Q1");
    assertThat(PeriodCode.parse("2019-20-Q3", "period").previous()).hasToString("2019-20-Q2");
    assertThat(PeriodCode.parse("2019-20", "period").previous()).hasToString("2018-19");
    assertThat(PeriodCode.parse("2019-20-Q3", "period").year()).hasToString("2019-20");
    assertThat(PeriodCode.parse("2019-20-Q3", "period").quartersElapsed()).isEqualTo(3);
    assertThat(PeriodCode.parse("2019-20", "period").quartersElapsed()).isEqualTo(4);
  }

  @Test
  void aCodeRemembersThePartOfTheRequestItWasReadFromButIsEqualByThePeriodAlone() {
    PeriodCode fromPath = PeriodCode.parse("2018-19-Q2", "code");
    PeriodCode fromQuery = PeriodCode.parse("2018-19-Q2", "period");
    assertThat(fromPath.source()).isEqualTo("code");
    assertThat(fromPath).isEqualTo(fromQuery).hasSameHashCodeAs(fromQuery);
    assertThat(fromPath.readFrom("month").source()).isEqualTo("month");
    assertThat(new PeriodCode(2018, 2).source()).isEqualTo("period");
    assertThat(fromPath).isNotEqualTo(PeriodCode.parse("2018-19", "code"));
  }

  @Test
  void aRequiredCodeThatIsAbsentNamesTheParameter() {
    assertThatThrownBy(() -> PeriodCode.required(null, "year"))
        .isInstanceOf(MalformedValueException.class)
        .hasMessageContaining("a period is required")
        .extracting("field")
        .isEqualTo("year");
    PeriodCode given = PeriodCode.parse("2018-19", "year");
    assertThat(PeriodCode.required(given, "year")).isSameAs(given);
  }
}
