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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.PackRenderer;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills and exports a pack. PDF and DOCX are one document: the pack template prints every page's
 * header and footer (council, title, period, page X of Y) around the sections, each a subreport.
 * XLSX is one worksheet per section, without headers and footers, figures left as numbers.
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
        case DOCX -> exportDocx(fillPack(pack, virtualizer), out);
        case XLSX -> exportXlsx(fillSections(pack, virtualizer), pack, out);
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
    for (int i = 0; i < contents.size(); i++) {
      SectionContent content = contents.get(i);
      Map<String, Object> section = new HashMap<>();
      section.put("kind", "section");
      section.put("title", content.section().title());
      section.put("template", template(content.template()));
      section.put("rows", new JRMapCollectionDataSource(rowsOf(content)));
      section.put("parameters", sectionParameters(content, virtualizer));
      section.put("last", i == contents.size() - 1);
      sections.add(section);
      if (content.section() == PackSection.COVER && contents.size() > 2) {
        addContents(sections, contents.subList(i + 1, contents.size()));
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
  private static void addContents(List<Map<String, ?>> rows, List<SectionContent> after) {
    for (int i = 0; i < after.size(); i++) {
      Map<String, Object> entry = new HashMap<>();
      entry.put("kind", "contents");
      entry.put("title", after.get(i).section().title());
      entry.put("first", i == 0);
      entry.put("last", i == after.size() - 1);
      rows.add(entry);
    }
  }

  private List<JasperPrint> fillSections(Pack pack, JRSwapFileVirtualizer virtualizer)
      throws JRException {
    List<JasperPrint> prints = new ArrayList<>();
    for (SectionContent content : pack.sections()) {
      Map<String, Object> parameters = sectionParameters(content, virtualizer);
      // A worksheet has no pages: a row split over a page break would print as two.
      parameters.put(JRParameter.IS_IGNORE_PAGINATION, true);
      JasperPrint print =
          JasperFillManager.fillReport(
              template(content.template()),
              parameters,
              new JRMapCollectionDataSource(rowsOf(content)));
      print.setName(content.section().sheetName());
      prints.add(print);
    }
    return prints;
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

  private void exportDocx(JasperPrint print, ByteArrayOutputStream out) throws JRException {
    JRDocxExporter exporter = new JRDocxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
    report.setFlexibleRowHeight(true);
    exporter.setConfiguration(report);
    exporter.exportReport();
  }

  private void exportXlsx(List<JasperPrint> prints, Pack pack, ByteArrayOutputStream out)
      throws JRException {
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
    report.setOnePagePerSheet(false);
    report.setSheetNames(prints.stream().map(JasperPrint::getName).toArray(String[]::new));
    report.setDetectCellType(true);
    report.setRemoveEmptySpaceBetweenRows(true);
    report.setRemoveEmptySpaceBetweenColumns(true);
    report.setWhitePageBackground(false);
    report.setIgnorePageMargins(true);
    exporter.setConfiguration(report);
    exporter.exportReport();
  }

  private JasperReport template(String name) {
    return compiled.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = resource(n + ".jasper")) {
            return (JasperReport) JRLoader.loadObject(in);
          } catch (IOException | JRException e) {
            throw new IllegalStateException("report template " + n + " is missing", e);
          }
        });
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
      // Every swap file goes in one private folder, made again should the temp folder be
      // cleaned meanwhile; each pack's file is deleted with its virtualizer.
      Path directory = swapDirectory;
      if (directory == null || !Files.isDirectory(directory)) {
        directory = Files.createTempDirectory("council-pack-");
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
