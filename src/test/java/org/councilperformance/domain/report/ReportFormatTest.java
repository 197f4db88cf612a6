package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void pdfUnlessAnotherFormatIsNamed() {
    assertThat(ReportFormat.parse(null, "format")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.parse("", "format")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.parse("XLSX", "format")).isEqualTo(ReportFormat.XLSX);
    assertThat(ReportFormat.parse(" docx ", "format")).isEqualTo(ReportFormat.DOCX);
  }

  @Test
  void eachFormatHasItsMediaTypeAndExtension() {
    assertThat(ReportFormat.PDF.mediaType()).isEqualTo("application/pdf");
    assertThat(ReportFormat.XLSX.mediaType()).endsWith("spreadsheetml.sheet");
    assertThat(ReportFormat.DOCX.mediaType()).endsWith("wordprocessingml.document");
    assertThat(ReportFormat.DOCX.extension()).isEqualTo("docx");
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ReportFormat.parse("odt", "format"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("pdf, xlsx or docx")
        .extracting("field")
        .isEqualTo("format");
  }
}
