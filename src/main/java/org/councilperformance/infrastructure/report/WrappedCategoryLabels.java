package org.councilperformance.infrastructure.report;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Lets a bar chart's category labels wrap over up to three lines in up to 40% of the chart's width.
 * Councils name reasons for absence at length ("Stress - depression - anxiety - psychological
 * (non-work related)"); JFreeChart's default of one line cuts them short, and a clerk could no
 * longer tell the two kinds of stress apart. Named by templates in their chart's customizerClass.
 */
public class WrappedCategoryLabels implements JRChartCustomizer {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    if (chart.getPlot() instanceof CategoryPlot plot) {
      CategoryAxis axis = plot.getDomainAxis();
      axis.setMaximumCategoryLabelLines(3);
      axis.setMaximumCategoryLabelWidthRatio(0.4f);
    }
  }
}
