package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;

/** Columns left out close up, on a copy of the template compiled by the build. */
class ColumnLayoutTest {
  private static JasperReport compiled(String name) throws Exception {
    try (InputStream in = ColumnLayoutTest.class.getResourceAsStream("/reports/" + name)) {
      return (JasperReport) JRLoader.loadObject(in);
    }
  }

  /** The detail band's cells, left to right, as "field@x+width". */
  private static List<String> cells(JasperReport report, String kind) {
    JRBand band =
        Arrays.stream(report.getDetailSection().getBands())
            .filter(b -> b.getPrintWhenExpression().getText().contains(kind))
            .findFirst()
            .orElseThrow();
    return Arrays.stream(band.getElements())
        .filter(JRTextField.class::isInstance)
        .map(
            e ->
                ((JRTextField) e).getExpression().getText().replaceAll("\\$F\\{(\\w+)}", "$1")
                    + "@"
                    + e.getX()
                    + "+"
                    + e.getWidth())
        .toList();
  }

  @Test
  void theColumnsLeftOutCloseUpAndTheFillCellTakesTheirWidth() throws Exception {
    JasperReport report =
        ColumnLayout.without(
            compiled("Dashboard.jasper"), Set.of("actions.dueDate", "actions.progress"));

    assertThat(cells(report, "Actions"))
        .containsExactly("code@0+72", "name@72+390", "status@462+96", "commentary@558+228");
    // The other table's cells are where they were.
    assertThat(cells(report, "Indicators"))
        .containsExactly(cells(compiled("Dashboard.jasper"), "Indicators").toArray(String[]::new));
  }

  @Test
  void aColumnLeftOutBeforeAnotherMovesItOver() throws Exception {
    JasperReport report =
        ColumnLayout.without(compiled("Dashboard.jasper"), Set.of("actions.dueDate"));

    assertThat(cells(report, "Actions"))
        .containsExactly(
            "code@0+72", "name@72+326", "progress@398+64", "status@462+96", "commentary@558+228");
  }

  @Test
  void theHeadersInAFrameCloseUpAsTheCellsDo() throws Exception {
    JasperReport report =
        ColumnLayout.without(compiled("Dashboard.jasper"), Set.of("indicators.sincePrevious"));
    JRElement[] frames =
        Arrays.stream(report.getGroups())
            .filter(g -> g.getName().equals("Table"))
            .findFirst()
            .orElseThrow()
            .getGroupHeaderSection()
            .getBands()[0]
            .getElements();
    JRElement indicatorHeaders = frames[frames.length - 1];
    List<String> headers =
        Arrays.stream(((net.sf.jasperreports.engine.JRFrame) indicatorHeaders).getElements())
            .map(e -> e.getX() + "+" + e.getWidth())
            .toList();

    assertThat(headers)
        .containsExactly("0+72", "72+260", "332+64", "396+62", "458+62", "520+90", "610+176");
  }

  @Test
  void aColumnFittedToItsCodesWidensAndTheFillCellGivesTheWidth() throws Exception {
    JasperReport report =
        ColumnLayout.without(compiled("Dashboard.jasper"), Set.of("actions.dueDate"));
    ColumnLayout.fitted(report, java.util.Map.of("code", 100));

    assertThat(cells(report, "Actions"))
        .containsExactly(
            "code@0+100", "name@100+298", "progress@398+64", "status@462+96", "commentary@558+228");
    assertThat(ColumnLayout.fittedFields(compiled("Dashboard.jasper")))
        .isEqualTo(java.util.Map.of("code", 72));
  }

  @Test
  void noColumnLeftOutChangesNothing() throws Exception {
    assertThat(cells(ColumnLayout.without(compiled("Dashboard.jasper"), Set.of()), "Actions"))
        .containsExactly(cells(compiled("Dashboard.jasper"), "Actions").toArray(String[]::new));
  }
}
