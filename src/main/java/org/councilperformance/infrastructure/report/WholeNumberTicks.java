package org.councilperformance.infrastructure.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * Whole, evenly spaced ticks on a chart's value axis: 0, 2, 4, 6 rather than the 0, 2, 5, 8 that
 * JFreeChart's steps of 2.5 give once their labels are rounded to whole numbers. Named by templates
 * in their chart's customizerClass; {@link PercentTicks} labels the ticks as percentages.
 */
public class WholeNumberTicks implements JRChartCustomizer {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    apply(chart.getPlot(), "#,##0");
  }

  /** Whole-number tick units on the plot's value axis, each labelled in {@code pattern}. */
  static void apply(Plot plot, String pattern) {
    ValueAxis axis = null;
    if (plot instanceof CategoryPlot category) {
      axis = category.getRangeAxis();
    } else if (plot instanceof XYPlot xy) {
      axis = xy.getRangeAxis();
    }
    if (axis instanceof NumberAxis numbers) {
      DecimalFormat format =
          new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
      numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
      // The template's tick label mask is an override; the same pattern, whole numbers only.
      numbers.setNumberFormatOverride(format);
    }
  }
}
