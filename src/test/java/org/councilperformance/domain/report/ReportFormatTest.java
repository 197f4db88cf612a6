package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFormatTest {
  @Test
  void pdfUnlessAnotherFormatIsNamed() {
    assertThat(ReportFormat.parse(null, "format")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.parse("", "format")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.parse("  ", "format")).isEqualTo(ReportFormat.PDF);
  }

  /** The name a request gives is the extension of the file it downloads, in any case. */
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void eachFormatIsNamedByItsExtensionInAnyCase(ReportFormat format) {
    String extension = format.extension();
    assertThat(extension).isEqualTo(extension.toLowerCase(Locale.ROOT));
    assertThat(ReportFormat.parse(extension, "format")).isEqualTo(format);
    assertThat(ReportFormat.parse(extension.toUpperCase(Locale.ROOT), "format")).isEqualTo(format);
    assertThat(ReportFormat.parse(" " + extension + " ", "format")).isEqualTo(format);
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ReportFormat.parse("odt", "format"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pdf, xlsx, docx or html")
        .extracting("field")
        .isEqualTo("format");
  }

  @Test
  void aFormatIsNamedWholeNotByAPrefixOrWithItsDot() {
    assertThatThrownBy(() -> ReportFormat.parse("pd", "format"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReportFormat.parse(".pdf", "format"))
        .isInstanceOf(InvalidValueException.class);
  }
}
