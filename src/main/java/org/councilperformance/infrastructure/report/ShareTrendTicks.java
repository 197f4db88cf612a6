package org.councilperformance.infrastructure.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;

/**
 * A chart of shares out of 100: the value axis always runs from 0% to 100% in steps of 25%, each
 * bar labelled with its share, so that two priorities' charts read alike and a small change does
 * not look large.
 */
public class ShareTrendTicks implements JRChartCustomizer {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    WholeNumberTicks.apply(chart.getPlot(), "#,##0'%'");
    if (chart.getPlot() instanceof CategoryPlot plot
        && plot.getRangeAxis() instanceof NumberAxis axis) {
      // Room above 100% for the tallest bar's label; the ticks stop at 100%.
      axis.setRange(0, 115);
      axis.setTickUnit(new NumberTickUnit(25));
      plot.getRenderer()
          .setDefaultItemLabelGenerator(
              new StandardCategoryItemLabelGenerator(
                  "{2}%", new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK))));
    }
  }
}
