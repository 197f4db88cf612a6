package org.councilperformance.infrastructure.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.report.outline.Block;
import org.councilperformance.application.report.outline.PackOutline;

/**
 * The pack's HTML twin (docs/reports.md#formats): one self-contained, accessible web page, drawn by
 * the jte template src/main/jte/pack/twin.jte from the pack's outline — its styles inline, its
 * charts as PNG data URIs with their words as alternative text and their tables beneath, nothing
 * fetched from elsewhere.
 */
public final class HtmlTwin {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlTwin.class.getClassLoader(), "gg.jte.generated.precompiled");

  private HtmlTwin() {}

  /**
   * @param colours the style library's status colours by name, e.g. "Status.AMBER" → "#FBE3B0"
   */
  static byte[] render(PackOutline outline, Map<String, String> colours) {
    StringOutput output = new StringOutput(64 * 1024);
    ENGINE.render("pack/twin.jte", Map.of("outline", outline, "colours", colours), output);
    return output.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The chart as a data URI the page carries itself. */
  public static String dataUri(Block.Chart chart) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartImage.png(chart));
  }

  public static int chartWidth() {
    return ChartImage.WIDTH;
  }

  public static int chartHeight(Block.Chart chart) {
    return ChartImage.height(chart);
  }

  /**
   * The page's style sheet, carried in the page: readable type, tables that scroll sideways in
   * their own region rather than the page (so the text reflows at 400 % zoom), and the status
   * colours from the style library as decoration behind the marks' words.
   */
  public static String styles(Map<String, String> colours) {
    StringBuilder css =
        new StringBuilder(
            """
            html{font-family:"DejaVu Sans",Arial,sans-serif;line-height:1.5;color:#0b0c0c}
            html{background:#fff}
            body{margin:0}
            .masthead,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            .masthead{border-bottom:0.5rem solid #1d70b8}
            .masthead p{font-weight:bold;margin:0.75rem 0}
            h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 0.5rem;overflow-wrap:break-word}
            h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 0.75rem;padding-top:1rem}
            h2{border-top:1px solid #b1b4b6}
            h3{font-size:1.25rem;margin:1.75rem 0 0.5rem}
            h4{font-size:1.1rem;margin:1.25rem 0 0.5rem}
            p,td,th{white-space:pre-line;overflow-wrap:break-word}
            p{max-width:45rem;margin:0 0 1rem}
            .lede{font-size:1.2rem}
            nav ol{padding-left:1.5rem}
            a{color:#1d70b8}
            a:visited{color:#4c2c92}
            a:focus,.scroll:focus{outline:3px solid #fd0;box-shadow:0 4px #0b0c0c}
            .scroll{overflow-x:auto;margin:0 0 1.5rem}
            table{border-collapse:collapse;font-size:0.95rem}
            caption{text-align:left;font-weight:bold;font-size:1.05rem;padding:0.25rem 0}
            caption span{display:inline-block;position:sticky;left:0;max-width:calc(100vw - 2rem)}
            th,td{border-bottom:1px solid #b1b4b6;padding:0.4rem 0.6rem;text-align:left}
            th,td{vertical-align:top}
            thead th{border-bottom:2px solid #0b0c0c;vertical-align:bottom}
            .num{text-align:right;white-space:nowrap}
            .code{white-space:nowrap}
            tr.total th,tr.total td{font-weight:bold;border-top:2px solid #0b0c0c}
            .note{font-size:0.95rem}
            .mark{display:inline-block;padding:0 0.3rem;border-radius:0.2rem;white-space:pre}
            .visually-hidden{position:absolute;width:1px;height:1px;margin:0;padding:0}
            .visually-hidden{overflow:hidden;clip-path:inset(50%);border:0;white-space:nowrap}
            figure{margin:0 0 1rem}
            figcaption{font-weight:bold;margin:0 0 0.5rem}
            img{max-width:100%;height:auto}
            footer{margin-top:3rem;border-top:1px solid #b1b4b6;font-size:0.9rem}
            @media print{.scroll{overflow:visible}h2{break-before:page}}
            """);
    colours.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                css.append('.')
                    .append(colourClass(e.getKey()))
                    .append("{background:")
                    .append(e.getValue())
                    .append("}\n"));
    return css.toString();
  }

  /** A CSS class name for a style-library colour name: "Status.AMBER" → "status-amber". */
  public static String colourClass(String colour) {
    return colour == null
        ? ""
        : colour.toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
  }
}
