package org.councilperformance.interfaces.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.councilperformance.application.ActionSheetRow;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionStatus;
import org.junit.jupiter.api.Test;

/** An actions sheet's cells (docs/api.md#actions-sheet), read by the same reader as figures. */
class ActionSheetTest {
  private static final String HEADINGS =
      "Action code,Progress,Commentary,Closure,Closure reason,Revised due date,Reported status\n";

  @Test
  void theActionCodeHeadingMakesItAnActionsSheet() {
    UploadedSheet sheet =
        QuarterSheetCsv.read(
            HEADINGS
                + "A-1,60%,On track,,,31/03/2029,in progress\nA-2, 100 ,,completed,Opened,,\n");
    assertThat(sheet.ofActions()).isTrue();
    assertThat(sheet.indicators()).isEmpty();
    ActionSheetRow first = sheet.actions().get(0);
    assertThat(first.progress()).isEqualTo(60);
    assertThat(first.revisedDueDate()).isEqualTo(LocalDate.of(2029, 3, 31));
    assertThat(first.reportedStatus().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    ActionSheetRow second = sheet.actions().get(1);
    assertThat(second.progress()).isEqualTo(100);
    assertThat(second.closure()).isEqualTo(ActionClosure.COMPLETED);
    assertThat(second.closureReason()).isEqualTo("Opened");
    assertThat(second.unreadable()).isEmpty();
  }

  @Test
  void anUnreadableCellIsItsRowsErrorNamingTheColumn() {
    ActionSheetRow row =
        QuarterSheetCsv.read(HEADINGS + "A-1,0.6,,done,,31/02/2029,sort of\n").actions().get(0);
    assertThat(row.unreadable())
        .extracting(RowError::column)
        .containsExactly("Progress", "Closure", "Revised due date", "Reported status");
    assertThat(row.unreadable().get(0).reason()).contains("not a whole percentage");
    assertThat(row.unreadable().get(3).reason()).doesNotStartWith("Reported status");
  }

  @Test
  void aSheetWithNeitherCodeHeadingOrMixedHeadingsIsRefusedWhole() {
    assertThatThrownBy(() -> QuarterSheetCsv.read("Title,Progress\nx,1\n"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).contains("'Indicator code'", "'Action code'"));
    assertThatThrownBy(() -> QuarterSheetCsv.read("Action code,Value\nA,1\n"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.getMessage()).contains("column 'Value' the template does not have"));
  }
}
