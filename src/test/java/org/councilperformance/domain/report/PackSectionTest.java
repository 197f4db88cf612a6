package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class PackSectionTest {
  @Test
  void noSectionsMeansTheWholePackInOrder() {
    assertThat(PackSection.parse(null, false, "sections")).containsExactly(PackSection.values());
    assertThat(PackSection.parse(" ", false, "sections")).containsExactly(PackSection.values());
  }

  @Test
  void aScopedPackLeavesOutTheCouncilWideAppendicesUnlessNamed() {
    assertThat(PackSection.parse(null, true, "sections"))
        .containsExactly(
            PackSection.COVER,
            PackSection.SUMMARY,
            PackSection.DASHBOARD,
            PackSection.EXCEPTIONS,
            PackSection.INDICATORS,
            PackSection.PLAN_ON_A_PAGE);
    assertThat(PackSection.parse("finance", true, "sections")).containsExactly(PackSection.FINANCE);
  }

  @Test
  void namedSectionsComeInPackOrderOnceEach() {
    assertThat(PackSection.parse("indicators, COVER,summary,cover", false, "sections"))
        .containsExactly(PackSection.COVER, PackSection.SUMMARY, PackSection.INDICATORS);
    assertThat(PackSection.parse("contact-centre,data-quality", false, "sections"))
        .containsExactly(PackSection.CONTACT_CENTRE, PackSection.DATA_QUALITY);
  }

  @Test
  void anUnknownSectionIsRefusedNamingTheField() {
    assertThatThrownBy(() -> PackSection.parse("cover,appendix", false, "sections"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown section 'appendix'")
        .hasMessageContaining("data-quality")
        .extracting("field")
        .isEqualTo("sections");
    assertThatThrownBy(() -> PackSection.parse("cover,,summary", false, "sections"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void appendicesAreLetteredByTheirPlaceAmongThosePrinted() {
    assertThat(
            PackSection.headings(
                List.of(
                    PackSection.COVER,
                    PackSection.INDICATORS,
                    PackSection.RISKS,
                    PackSection.PLAN_ON_A_PAGE)))
        .containsExactly(
            entry(PackSection.COVER, "Cover"),
            entry(PackSection.INDICATORS, "Appendix A: compendium of performance results"),
            entry(PackSection.RISKS, "Appendix B: corporate risk register"),
            entry(PackSection.PLAN_ON_A_PAGE, "Appendix C: plan on a page"));
    assertThat(PackSection.headings(List.of(PackSection.RISKS)))
        .containsExactly(entry(PackSection.RISKS, "Appendix A: corporate risk register"));
    assertThat(PackSection.SUMMARY.appendix()).isFalse();
  }

  @Test
  void sheetNamesAreValidExcelSheetNames() {
    Arrays.stream(PackSection.values())
        .map(PackSection::sheetName)
        .forEach(
            name -> {
              assertThat(name.length()).isBetween(1, 31);
              assertThat(name).doesNotContainPattern("[:\\\\/?*\\[\\]]");
            });
  }
}
