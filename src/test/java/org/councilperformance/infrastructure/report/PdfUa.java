package org.councilperformance.infrastructure.report;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks a PDF against PDF/UA-1 with veraPDF, the validator the PDF Association maintains
 * (docs/stack.md#tagged-pdf-and-pdfua). Tests assert that {@link #failures} is empty; when it is
 * not, the rule ids, counts and one message each print in the assertion's message.
 */
public final class PdfUa {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUa() {}

  /**
   * Each failed PDF/UA-1 rule ("7.1-3", the clause and test number of ISO 14289-1 as veraPDF
   * numbers them) with how many checks failed and the first failure's message; empty when the PDF
   * conforms.
   */
  public static Map<String, String> failures(byte[] pdf) {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
      // Every failure recorded (not only the first 100 of each rule), none of the passes.
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, -1, false, false, false);
      ValidationResult result = validator.validate(parser);
      Map<String, String> failures = new TreeMap<>();
      for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
        RuleId rule = failed.getKey();
        String message =
            result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .filter(a -> a.getRuleId().equals(rule))
                .map(a -> a.getMessage() + " (" + a.getLocation().getContext() + ")")
                .findFirst()
                .orElse("");
        failures.put(
            rule.getClause() + "-" + rule.getTestNumber(), failed.getValue() + " × " + message);
      }
      return failures;
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF: " + e.getMessage(), e);
    }
  }
}
