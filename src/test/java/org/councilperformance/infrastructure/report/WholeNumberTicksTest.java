package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** A value axis up to 12 or 36 ticks in whole, even steps, labelled as the chart's figures are. */
class WholeNumberTicksTest {
  private static NumberAxis drawn(double largest, JFreeChartCustomizer customizer) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(largest, "share", "Back pain");
    data.addValue(0.4, "share", "Eye");
    data.addValue(3.85, "share", "Asthma");
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, "% of days lost", data, PlotOrientation.HORIZONTAL, false, false, false);
    NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
    // As the template's valueAxisTickLabelMask sets it.
    axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    customizer.customize(chart);
    chart.createBufferedImage(780, 290);
    return axis;
  }

  interface JFreeChartCustomizer {
    void customize(JFreeChart chart);
  }

  @Test
  void integerAxesStepInWholeNumbers() {
    NumberAxis axis = drawn(12, chart -> new WholeNumberTicks().customize(chart, null));

    double step = axis.getTickUnit().getSize();
    assertThat(step % 1).isZero();
    assertThat(step).isGreaterThanOrEqualTo(1);
    assertThat(axis.getNumberFormatOverride().format(6)).isEqualTo("6");
  }

  @Test
  void percentageAxesAreLabelledAsPercentages() {
    NumberAxis axis = drawn(36.45, chart -> new PercentTicks().customize(chart, null));

    assertThat(axis.getTickUnit().getSize() % 1).isZero();
    assertThat(axis.getNumberFormatOverride().format(5)).isEqualTo("5%");
    assertThat(axis.getNumberFormatOverride().format(1250)).isEqualTo("1,250%");
  }
}
