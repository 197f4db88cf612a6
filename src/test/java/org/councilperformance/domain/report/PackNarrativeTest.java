package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class PackNarrativeTest {
  private final ReportingPeriod q2 =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  @Test
  void aNarrativeIsAboutAPriorityOrAnAppendixKeptAsItsKey() {
    assertThat(NarrativeSubject.priority("HC").key()).isEqualTo("priority:HC");
    assertThat(NarrativeSubject.appendix(" Finance ", "section").key())
        .isEqualTo("appendix:finance");
    assertThat(NarrativeSubject.parse("appendix:risks"))
        .isEqualTo(NarrativeSubject.of(PackSection.RISKS));
    assertThat(NarrativeSubject.parse("priority:VFM")).isEqualTo(NarrativeSubject.priority("VFM"));
  }

  @Test
  void onlyTheCouncilWideAppendicesHaveANarrative() {
    for (String key : new String[] {"summary", "indicators", "plan", "nonsense", ""}) {
      assertThatThrownBy(() -> NarrativeSubject.appendix(key, "section"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("finance, absence, contact-centre, risks, data-quality")
          .extracting("field")
          .isEqualTo("section");
    }
  }

  @Test
  void textIsKeptStrippedUpToAPageAndBlankClearsIt() {
    PackNarrative narrative = new PackNarrative(q2, NarrativeSubject.of(PackSection.RISKS));
    narrative.write("  Two new risks were added.\r\nSee risks 12 and 13. ");
    assertThat(narrative.text()).isEqualTo("Two new risks were added.\nSee risks 12 and 13.");
    narrative.write("x".repeat(4000));
    assertThat(narrative.text()).hasSize(4000);
    assertThatThrownBy(() -> narrative.write("x".repeat(4001)))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("text");
    narrative.write(" ");
    assertThat(narrative.text()).isNull();
    assertThat(narrative.subject()).isEqualTo(NarrativeSubject.of(PackSection.RISKS));
  }
}
