package org.councilperformance.domain.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionStatusRuleTest {
  private final ActionStatusRule rule = ActionStatusRule.standard();

  private static LocalDate d(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  @Nested
  class AroundTheDueDate {
    // Judged as of 30 June; no start date, so only the dates and progress count.
    @ParameterizedTest(name = "due {0}, progress {1} -> {2}")
    @CsvSource({
      "2019-06-29, 50, OVERDUE", // due yesterday
      "2019-06-30, 50, WARNING", // due today is not yet overdue
      "2019-07-01, 50, WARNING",
      "2019-07-30, 50, WARNING", // exactly 30 days ahead: inside the window
      "2019-07-31, 50, IN_PROGRESS", // 31 days ahead: outside it
      "2019-07-31, 0, NOT_STARTED",
      "2019-07-31, , NOT_STARTED", // no progress reported yet
      "2019-06-29, 99, OVERDUE",
      "2019-06-29, 100, COMPLETED" // finished late is still finished
    })
    void judgesAgainstTheDueDate(String due, Integer progress, ActionStatus expected) {
      assertThat(rule.statusOf(d("2019-06-30"), null, d(due), progress, null)).isEqualTo(expected);
    }
  }

  @Nested
  class AgainstTheStraightLineSchedule {
    // 1 Jan to 11 Apr 2019 is 100 days, so each day is one point of expected progress.
    // As of 21 Feb (day 51): 51% expected, warning below 31%.
    private final LocalDate start = d("2019-01-01");
    private final LocalDate due = d("2019-04-11");
    private final LocalDate asOf = d("2019-02-21");

    @ParameterizedTest(name = "progress {0} -> {1}")
    @CsvSource({
      "51, IN_PROGRESS", // on the line
      "32, IN_PROGRESS", // 19 points behind
      "31, IN_PROGRESS", // exactly 20 points behind is not warned
      "30, WARNING", // 21 points behind
      "0, WARNING" // started late: 51 points behind
    })
    void warnsMoreThanTwentyPointsBehind(int progress, ActionStatus expected) {
      assertThat(rule.statusOf(asOf, start, due, progress, null)).isEqualTo(expected);
    }

    @Test
    void noProgressReportedCountsAsNoneOnceItShouldHaveStarted() {
      assertThat(rule.statusOf(asOf, start, due, null, null)).isEqualTo(ActionStatus.WARNING);
    }

    @Test
    void beforeTheStartNothingIsExpected() {
      assertThat(rule.statusOf(d("2018-12-01"), start, due, 0, null))
          .isEqualTo(ActionStatus.NOT_STARTED);
      assertThat(rule.statusOf(start, start, due, 0, null)).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void theDueWindowWarnsEvenWhenOnSchedule() {
      assertThat(rule.statusOf(d("2019-04-01"), start, due, 95, null))
          .isEqualTo(ActionStatus.WARNING);
    }

    @Test
    void startAndDueOnOneDayHasNoLineToFallBehind() {
      assertThat(ActionStatusRule.behindSchedule(d("2019-01-01"), start, start, 0)).isFalse();
    }
  }

  @Nested
  class ClosedByTheOwner {
    @Test
    void progressOfOneHundredIsComplete() {
      assertThat(rule.statusOf(d("2019-06-30"), null, d("2019-12-31"), 100, null))
          .isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void markedCompleteIsCompleteWhateverItsProgress() {
      assertThat(rule.statusOf(d("2019-06-30"), null, d("2019-01-01"), 60, ActionClosure.COMPLETED))
          .isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void cancelledWinsOverEverythingAndHasNoColour() {
      assertThat(
              rule.statusOf(d("2019-06-30"), null, d("2019-01-01"), 100, ActionClosure.CANCELLED))
          .isEqualTo(ActionStatus.CANCELLED);
      assertThat(ActionStatus.CANCELLED.rag()).isNull();
    }
  }

  @Test
  void withNeitherDueDateNorProgressThereIsNothingToJudge() {
    assertThat(rule.statusOf(d("2019-06-30"), d("2019-01-01"), null, null, null)).isNull();
  }

  @Test
  void withProgressButNoDueDateItIsInProgress() {
    assertThat(rule.statusOf(d("2019-06-30"), null, null, 60, null))
        .isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void theWarningWindowCanBeChanged() {
    ActionStatusRule week = new ActionStatusRule(7);
    assertThat(week.statusOf(d("2019-06-30"), null, d("2019-07-07"), 50, null))
        .isEqualTo(ActionStatus.WARNING);
    assertThat(week.statusOf(d("2019-06-30"), null, d("2019-07-08"), 50, null))
        .isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void dashboardColours() {
    assertThat(ActionStatus.COMPLETED.rag()).isEqualTo(RagStatus.GREEN);
    assertThat(ActionStatus.IN_PROGRESS.rag()).isEqualTo(RagStatus.GREEN);
    assertThat(ActionStatus.NOT_STARTED.rag()).isEqualTo(RagStatus.GREEN);
    assertThat(ActionStatus.WARNING.rag()).isEqualTo(RagStatus.AMBER);
    assertThat(ActionStatus.OVERDUE.rag()).isEqualTo(RagStatus.RED);
  }

  @Nested
  class PrintedStatuses {
    @Test
    void readsActionStatusesAndColours() {
      assertThat(ReportedActionStatus.parse("In Progress", "s").status())
          .isEqualTo(ActionStatus.IN_PROGRESS);
      assertThat(ReportedActionStatus.parse("Not Started", "s").rag()).isEqualTo(RagStatus.GREEN);
      ReportedActionStatus colour = ReportedActionStatus.parse("amber", "s");
      assertThat(colour.status()).isNull();
      assertThat(colour.rag()).isEqualTo(RagStatus.AMBER);
      assertThat(ReportedActionStatus.parse(" ", "s")).isNull();
    }

    @Test
    void refusesAWordItDoesNotKnow() {
      assertThatThrownBy(() -> ReportedActionStatus.parse("Fine", "reportedStatus"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("'Fine'");
    }

    @Test
    void comparesByStatusWhereOneWasPrintedElseByColour() {
      assertThat(ReportedActionStatus.parse("Overdue", "s").differsFrom(ActionStatus.WARNING))
          .isTrue();
      assertThat(ReportedActionStatus.parse("amber", "s").differsFrom(ActionStatus.WARNING))
          .isFalse();
      assertThat(ReportedActionStatus.parse("green", "s").differsFrom(ActionStatus.WARNING))
          .isTrue();
      assertThat(ReportedActionStatus.parse("green", "s").differsFrom(null)).isFalse();
    }
  }

  @Nested
  class Updates {
    private final Action action = new Action("A1", "Do it");

    @ParameterizedTest
    @CsvSource({"-1", "101"})
    void progressOutsideZeroToHundredIsRefused(int progress) {
      ActionUpdate update = new ActionUpdate(action, period());
      assertThatThrownBy(() -> update.record(progress, null, null, null, "me", Instant.EPOCH))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).field())
          .isEqualTo("progress");
    }

    @Test
    void closingNeedsAReason() {
      ActionUpdate update = new ActionUpdate(action, period());
      assertThatThrownBy(
              () -> update.record(50, null, ActionClosure.CANCELLED, " ", "me", Instant.EPOCH))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).field())
          .isEqualTo("closureReason");
    }

    @Test
    void dueBeforeStartIsRefused() {
      assertThatThrownBy(() -> action.schedule(d("2019-05-01"), d("2019-04-30"), null))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).field())
          .isEqualTo("dueDate");
      action.schedule(d("2019-05-01"), d("2019-05-01"), null); // same day is allowed
      assertThat(action.effectiveDueDate()).isEqualTo(d("2019-05-01"));
      action.schedule(d("2019-05-01"), d("2019-05-01"), d("2019-09-30"));
      assertThat(action.effectiveDueDate()).isEqualTo(d("2019-09-30"));
    }

    private ReportingPeriod period() {
      return new ReportingPeriod(PeriodCode.parse("2019-20-Q1", "period"), null);
    }
  }
}
