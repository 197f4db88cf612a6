package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample council's 2018/19 Q2 pack read beside the council's own report: every printed text is
 * the council's words or the product's plain statement (never the extraction's damage or the
 * loader's notes), a status the council printed differently is disclosed where the status prints,
 * missing figures are exceptions, and codes and figures print as words and formatted numbers
 * (docs/reports.md#what-the-pack-prints).
 */
class SamplePackTextIT {
  private static final String SAMPLE = "period=2018-19-Q2";

  /** The whole pack's text, no-break spaces read as spaces. */
  private static String pack(String query) {
    byte[] pdf = Documents.pack(SAMPLE + query);
    Documents.keep("sample-pack" + query.replaceAll("\\W", "-") + ".pdf", pdf);
    return Documents.pdfText(pdf).replace('\u00A0', ' ').replaceAll(" +", " ");
  }

  @Test
  void noPrintedTextCarriesExtractionDamageOrANoteAboutTheData() {
    String text = pack("");
    assertThat(text)
        .doesNotContain("garbled")
        .doesNotContain("in extraction")
        .doesNotContain("title not given")
        .doesNotContain("not legible")
        .doesNotContain("appendix letters")
        .doesNotContain("jointly.")
        .doesNotContain("Plan not yet produced")
        .doesNotContain("statusBasis")
        .doesNotContain("inferred:")
        .doesNotContain("...")
        .doesNotContain("…");
    // What could not be read says so plainly; what could is printed whole.
    assertThat(text)
        .contains("BCC-A-01 Not published")
        .contains("Establish and maintain public spaces, including Marlborough Square.")
        .contains(
            "The project, which is being managed by Leicestershire County Council (LCC) on our"
                + " behalf, was due to start at the beginning of October.")
        .doesNotContain("unexpected[ly")
        .contains("Set out in Appendices A and B to the council's published report");
  }

  @Test
  void aSentenceThatIntroducesAListPrintsItsList() {
    assertThat(pack("&sections=finance"))
        .contains(
            "other movements include: – Inclusion of the Marlborough Square scheme into the capital"
                + " programme");
  }

  @Test
  void statusesTheCouncilPrintedDifferentlyAreMarkedAndExplainedOnTheSummary() {
    // Scoped to Value For Money, where all five of the sample's differences are (other tests
    // add indicators to the council as a whole).
    assertThat(pack("&sections=summary&priority=VFM"))
        .contains("9 of 18 indicators on track (50%).")
        .contains(
            "The council's own report counted 12 of 19 indicators on track (63%). The statuses of 5"
                + " indicators here differ from the ones it printed, because this report judges"
                + " every figure by one rule");

    // VFM-PI-02: 16.1 days against 15.9, amber by the rule; the council printed green.
    String dashboard = pack("&sections=dashboard&priority=VFM");
    assertThat(dashboard).containsPattern("VFM-PI-02 .*?16\\.1 ▲ Amber as reported: ● Green");
    assertThat(occurrences(dashboard, "as reported:")).isEqualTo(5);
    assertThat(pack("&sections=indicators&priority=VFM"))
        .containsPattern("16\\.1 ▲ Amber as reported: ● Green");
    assertThat(pack("&sections=exceptions"))
        .containsPattern("▲ Amber as reported: ● Green VFM-PI-02");
  }

  @Test
  void aMissingFigureIsAnExceptionListedWithWhatIsMissingAndItsPlan() {
    String text = pack("&sections=exceptions&priority=VFM");
    assertThat(text)
        .contains("5 red and 3 amber items are off track. 2 indicators have no figure.")
        .contains("Red and amber indicators and actions, then missing figures")
        // Printed red by the council, with its plan: it must not vanish for lack of one figure.
        .containsPattern(
            "✕ Missing as reported: ◆ Red VFM-PI-15 Indicator Level of satisfaction with Customer"
                + " Service .*?No single figure: the published report gives “Face to face 88%;"
                + " Telephone 84%; Online 71%” .*?IP-A-B");
    assertThat(text.indexOf("VFM-PI-15")).isGreaterThan(text.lastIndexOf("▲ Amber"));
  }

  @Test
  void codesAndFiguresPrintAsAReaderReadsThem() {
    String text = pack("");
    assertThat(text)
        // Business units by name, periods by name.
        .contains("(Economic Development)")
        .doesNotContain("(ECONDEV)")
        .doesNotContainPattern("\\b20\\d\\d-\\d\\d-Q[1-4]\\b")
        .contains("2018/19 Quarter 2 Customer Services days per FTE")
        // Figures with thousands separated, money with £, falls in brackets, one rounding.
        .contains("£494,958 £414,177")
        .contains("supplied 309,000 but the sum of the itemised comments")
        .doesNotContain("309000")
        .contains("2.46 2.86 (0.40)")
        .doesNotContain("2.8594");
  }

  @Test
  void eachFindingIsPrintedOnceWhereThePackHasTheDataQualityAppendix() {
    String whole = pack("&sections=absence,data-quality");
    assertThat(occurrences(whole, "supplied 2.46 but days lost ÷ FTE gives 2.86")).isEqualTo(1);
    assertThat(whole)
        .contains(
            "11 figures in this appendix do not add up: each is listed, with the figure computed,"
                + " in the appendix of data-quality findings.");
    // Alone, the appendix lists its own findings.
    assertThat(pack("&sections=absence"))
        .contains(
            "2018/19 Quarter 2 Customer Services days per FTE: supplied 2.46 but days lost ÷ FTE"
                + " gives 2.86");
  }

  private static int occurrences(String text, String what) {
    return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
  }
}
