package org.councilperformance.infrastructure.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.PackRenderer;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.application.report.outline.PackOutline;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills and exports a pack. The PDF is one document: the pack template prints every page's header
 * and footer (council, title, period, page X of Y) around the sections, each a subreport. The
 * formats that are not pages — the HTML twin, DOCX and XLSX — are written from the pack's outline
 * ({@link PackOutline}) by {@link HtmlTwin}, {@link OutlineWordDocument} and {@link
 * OutlineWorkbook}.
 *
 * <p>Compiled templates are loaded once and shared by every request (a JasperReport is immutable
 * once compiled). Above {@code report.virtualize.above.rows} detail rows the filled pages are
 * swapped to a temporary file, so a larger council's pack needs a bounded heap.
 */
@ApplicationScoped
public class JasperPackRenderer implements PackRenderer {
  /**
   * Detail rows beyond which filled pages go to disk (about 630 pages). A 1,000-indicator pack
   * (3,130 rows, 395 pages) fills in a 160 MB server heap without it, and the swap file made that
   * pack 15% slower (docs/benchmarks.md, "Quarterly report pack").
   */
  static final String DEFAULT_VIRTUALIZE_ABOVE_ROWS = "5000";

  private final int virtualizeAboveRows;

  @Inject
  public JasperPackRenderer(
      @ConfigProperty(
              name = "report.virtualize.above.rows",
              defaultValue = DEFAULT_VIRTUALIZE_ABOVE_ROWS)
          int virtualizeAboveRows) {
    this.virtualizeAboveRows = virtualizeAboveRows;
  }

  /** CDI's client proxy needs it; tests use it for the default threshold. */
  public JasperPackRenderer() {
    this(Integer.parseInt(DEFAULT_VIRTUALIZE_ABOVE_ROWS));
  }

  private static final Locale EN_GB = Locale.UK;
  private static final TimeZone LONDON = TimeZone.getTimeZone("Europe/London");
  private static final String PACK = "QuarterlyPack";
  private static final String LANGUAGE = "en-GB";

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Integer>> fittedFields = new ConcurrentHashMap<>();
  private volatile JRTemplate styles;
  private volatile Map<String, String> statusColours;
  private volatile Path swapDirectory;

  @Override
  public byte[] render(Pack pack, ReportFormat format) {
    JRSwapFileVirtualizer virtualizer = pagesToDisk(pack) ? newVirtualizer() : null;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (format) {
        case PDF -> {
          exportPdf(fillPack(pack, virtualizer), pack, out);
          return PdfUaFinish.finish(
              out.toByteArray(), documentTitle(pack), pack.council(), LANGUAGE);
        }
        // Not laid out as pages: written from the pack's outline (docs/reports.md#formats).
        case DOCX -> out.writeBytes(OutlineWordDocument.write(PackOutline.of(pack)));
        case XLSX -> out.writeBytes(OutlineWorkbook.write(PackOutline.of(pack)));
        case HTML -> out.writeBytes(HtmlTwin.render(PackOutline.of(pack), statusColours()));
      }
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("the pack could not be rendered: " + e.getMessage(), e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
    }
  }

  /** Whether this pack's filled pages are swapped to a temporary file as it fills. */
  public boolean pagesToDisk(Pack pack) {
    return pack.rowCount() > virtualizeAboveRows;
  }

  private JasperPrint fillPack(Pack pack, JRSwapFileVirtualizer virtualizer) throws JRException {
    List<Map<String, ?>> sections = new ArrayList<>();
    List<SectionContent> contents = pack.sections();
    Map<PackSection, String> headings =
        PackSection.headings(contents.stream().map(SectionContent::section).toList());
    for (int i = 0; i < contents.size(); i++) {
      SectionContent content = contents.get(i);
      Map<String, Object> section = new HashMap<>();
      section.put("kind", "section");
      section.put("title", headings.get(content.section()));
      section.put("narrative", content.parameters().get(QuarterlyPack.NARRATIVE));
      section.put("template", template(content));
      section.put("rows", new JRMapCollectionDataSource(rowsOf(content)));
      section.put("parameters", sectionParameters(content, virtualizer));
      section.put("last", i == contents.size() - 1);
      sections.add(section);
      if (content.section() == PackSection.COVER && contents.size() > 2) {
        addContents(sections, contents.subList(i + 1, contents.size()), headings);
      }
    }
    Map<String, Object> parameters = commonParameters(virtualizer);
    parameters.put("SECTION_PAGES", new SectionPages());
    parameters.put("COUNCIL", pack.council());
    parameters.put("TITLE", pack.title());
    parameters.put("PERIOD", pack.periodLabel());
    parameters.put("SCOPE", pack.scopeText());
    return JasperFillManager.fillReport(
        template(PACK), parameters, new JRMapCollectionDataSource(sections));
  }

  /**
   * A pack with a cover and more than one section after it prints a contents page after the cover:
   * a row per section, its title linked to the section, and the page it starts on.
   */
  private static void addContents(
      List<Map<String, ?>> rows, List<SectionContent> after, Map<PackSection, String> headings) {
    for (int i = 0; i < after.size(); i++) {
      Map<String, Object> entry = new HashMap<>();
      entry.put("kind", "contents");
      entry.put("title", headings.get(after.get(i).section()));
      entry.put("first", i == 0);
      entry.put("last", i == after.size() - 1);
      rows.add(entry);
    }
  }

  private Map<String, Object> sectionParameters(
      SectionContent content, JRSwapFileVirtualizer virtualizer) {
    Map<String, Object> parameters = commonParameters(virtualizer);
    parameters.putAll(content.parameters());
    parameters.put("SECTION_TITLE", content.section().title());
    return parameters;
  }

  private Map<String, Object> commonParameters(JRSwapFileVirtualizer virtualizer) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, EN_GB);
    parameters.put(JRParameter.REPORT_TIME_ZONE, LONDON);
    parameters.put("STYLES", styles());
    parameters.put("STATUS_COLOURS", statusColours());
    if (virtualizer != null) {
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    return parameters;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Map<String, ?>> rowsOf(SectionContent content) {
    return (List) content.rows();
  }

  /**
   * The pack's PDF as JasperReports exports it, before {@link PdfUaFinish}; untagged only for the
   * tagging cost benchmark (docs/benchmarks.md#what-pdfua-tagging-costs).
   */
  byte[] exportedPdf(Pack pack, boolean tagged) throws JRException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exportPdf(fillPack(pack, null), pack, out, tagged);
    return out.toByteArray();
  }

  private void exportPdf(JasperPrint print, Pack pack, ByteArrayOutputStream out)
      throws JRException {
    exportPdf(print, pack, out, true);
  }

  private void exportPdf(JasperPrint print, Pack pack, ByteArrayOutputStream out, boolean tagged)
      throws JRException {
    JRPdfExporter exporter = new PackPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setTagged(tagged);
    configuration.setTagLanguage(LANGUAGE);
    configuration.setMetadataTitle(documentTitle(pack));
    configuration.setMetadataAuthor(pack.council());
    configuration.setMetadataSubject(pack.periodLabel() + " — " + pack.scopeText());
    configuration.setDisplayMetadataTitle(true);
    exporter.setConfiguration(configuration);
    SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
    // Chart labels as text in the embedded font, not outlines: searchable and read aloud.
    report.setForceSvgShapes(false);
    exporter.setConfiguration(report);
    exporter.exportReport();
  }

  /** The title a PDF reader shows in its title bar, in title case: "Quarterly Performance …". */
  static String documentTitle(Pack pack) {
    return TitleCase.of(pack.title()) + " — " + pack.council();
  }

  private JasperReport template(String name) {
    return compiled.computeIfAbsent(name, JasperPackRenderer::load);
  }

  /**
   * The section's template without the columns its source leaves out ({@link
   * SectionContent#HIDDEN_COLUMNS}) and with its code columns as wide as its codes need: one copy
   * per layout, kept like the template itself (docs/reports.md#columns-without-figures).
   */
  private JasperReport template(SectionContent content) {
    String name = content.template();
    JasperReport shared = template(name);
    Set<String> hidden = new TreeSet<>();
    if (content.parameters().get(SectionContent.HIDDEN_COLUMNS) instanceof Collection<?> columns) {
      columns.forEach(c -> hidden.add(c.toString()));
    }
    Map<String, Integer> widths = new TreeMap<>();
    fittedFields
        .computeIfAbsent(name, n -> ColumnLayout.fittedFields(shared))
        .forEach(
            (field, width) -> {
              int needed = CellWidths.needed(rowsOf(content), field);
              if (needed > width) {
                widths.put(field, needed);
              }
            });
    if (hidden.isEmpty() && widths.isEmpty()) {
      return shared;
    }
    return compiled.computeIfAbsent(
        name + " without " + hidden + " fitted " + widths,
        key -> ColumnLayout.fitted(ColumnLayout.without(load(name), hidden), widths));
  }

  private static JasperReport load(String name) {
    try (InputStream in = resource(name + ".jasper")) {
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new IllegalStateException("report template " + name + " is missing", e);
    }
  }

  /** The library's status colours by style name, e.g. "Status.AMBER" → "#FBE3B0". */
  static Map<String, String> statusColours(JRTemplate library) {
    Map<String, String> colours = new HashMap<>();
    for (JRStyle style : library.getStyles()) {
      if (style.getName().startsWith("Status.") && style.getOwnBackcolor() != null) {
        colours.put(
            style.getName(), String.format("#%06X", style.getOwnBackcolor().getRGB() & 0xFFFFFF));
      }
    }
    return Map.copyOf(colours);
  }

  /** The library's status colours, read once like the library itself. */
  private Map<String, String> statusColours() {
    if (statusColours == null) {
      statusColours = statusColours(styles());
    }
    return statusColours;
  }

  JRTemplate styles() {
    if (styles == null) {
      try (InputStream in = resource("styles.jrtx")) {
        styles = JRXmlTemplateLoader.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return styles;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = PackRenderer.class.getResourceAsStream("/reports/" + name);
    if (in == null) {
      throw new IOException("reports/" + name + " is not on the class path");
    }
    return in;
  }

  private JRSwapFileVirtualizer newVirtualizer() {
    try {
      // Every swap file goes in one private folder of this server's JVM, made again should the
      // temp folder be cleaned meanwhile; each pack's file is deleted with its virtualizer. The
      // pid in its name tells two servers on one machine apart, and which folder a killed
      // server left behind (docs/operations.md#two-servers-behind-a-load-balancer).
      Path directory = swapDirectory;
      if (directory == null || !Files.isDirectory(directory)) {
        directory =
            Files.createTempDirectory("council-pack-" + ProcessHandle.current().pid() + "-");
        directory.toFile().deleteOnExit();
        swapDirectory = directory;
      }
      // Keep 50 pages in memory; the rest go to the swap file.
      return new JRSwapFileVirtualizer(50, new JRSwapFile(directory.toString(), 4096, 64), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
