package org.councilperformance.infrastructure.report;

import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;

/**
 * A bar chart of percentages (values such as 3.85 for 3.85%): whole, evenly spaced ticks labelled
 * "0%", "5%", "10%", and category labels wrapped as {@link WrappedCategoryLabels} does.
 */
public class PercentTicks extends WrappedCategoryLabels {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    super.customize(chart, jasperChart);
    WholeNumberTicks.apply(chart.getPlot(), "#,##0'%'");
  }
}
