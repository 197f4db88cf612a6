package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrintedColumnsTest {
  private static final PrintedColumns STEPS =
      new PrintedColumns(
          "plans' steps",
          r -> "step".equals(r.get("kind")),
          List.of(
              new PrintedColumns.Column("steps.owner", "owner", "owner"),
              new PrintedColumns.Column("steps.due", "due", "due date")));

  private static Map<String, Object> row(String kind, Object owner, Object due) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    row.put("owner", owner);
    row.put("due", due);
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> hidden(Map<String, Object> parameters) {
    return (Set<String>) parameters.get(SectionContent.HIDDEN_COLUMNS);
  }

  @Test
  void aColumnNoRowFillsIsLeftOutAndSaidOnceNotToBeReported() {
    List<Map<String, Object>> rows = List.of(row("step", "", null), row("step", " ", null));

    Map<String, Object> parameters = PrintedColumns.parameters(rows, STEPS);

    assertThat(hidden(parameters)).containsExactlyInAnyOrder("steps.owner", "steps.due");
    assertThat(parameters.get(PrintedColumns.NOT_REPORTED))
        .isEqualTo("Not reported for any of the plans' steps: owner, due date.");
  }

  @Test
  void oneRowWithAValuePrintsTheColumnForEveryRow() {
    List<Map<String, Object>> rows =
        List.of(row("step", "", null), row("step", "", BigDecimal.ONE), row("step", "", null));

    Map<String, Object> parameters = PrintedColumns.parameters(rows, STEPS);

    assertThat(hidden(parameters)).containsExactly("steps.owner");
    assertThat(parameters.get(PrintedColumns.NOT_REPORTED))
        .isEqualTo("Not reported for any of the plans' steps: owner.");
  }

  @Test
  void onlyTheTablesOwnRowsCountAndEveryColumnFilledNeedsNoNote() {
    List<Map<String, Object>> rows =
        List.of(row("step", "Head of Finance", BigDecimal.ONE), row("other", "", null));

    Map<String, Object> parameters = PrintedColumns.parameters(rows, STEPS);

    assertThat(hidden(parameters)).isEmpty();
    assertThat(parameters).doesNotContainKey(PrintedColumns.NOT_REPORTED);
    assertThat(STEPS.unfilled(List.of(row("other", "", null), row("other", "x", "y")))).isEmpty();
  }

  @Test
  void aTableWithoutRowsLeavesOutNothing() {
    assertThat(STEPS.unfilled(List.of())).isEmpty();
  }
}
