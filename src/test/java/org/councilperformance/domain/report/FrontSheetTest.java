package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontSheetTest {
  private static ContactOfficer officer(String phone, String email) {
    return ContactOfficer.of("Jane Smith", "Head of Policy", phone, email, "contactOfficers[0]");
  }

  private static void refused(Runnable make, String field) {
    assertThatThrownBy(make::run)
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo(field);
  }

  @Test
  void aCoverKeepsItsFrontSheetWithListsInOrderAndLineBreaksInARecommendation() {
    PackCover cover =
        new PackCover(new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null));
    assertThat(cover.frontSheet().isEmpty()).isTrue();
    FrontSheet sheet =
        new FrontSheet(
            " To report the quarter ",
            List.of("Note the report\r\nand its appendices", "Comment to Cabinet"),
            List.of(officer("01530 454545", null), officer(null, "Jane@NWLeics.gov.UK")),
            new Implications("None", null, " Two new risks ", null, null),
            List.of("Council Delivery Plan 2018/19"));
    cover.writeFrontSheet(sheet);
    FrontSheet kept = cover.frontSheet();
    assertThat(kept.purpose()).isEqualTo("To report the quarter");
    assertThat(kept.recommendations())
        .containsExactly("Note the report\nand its appendices", "Comment to Cabinet");
    assertThat(kept.contactOfficers())
        .extracting(ContactOfficer::printed)
        .containsExactly(
            "Jane Smith, Head of Policy · 01530 454545",
            "Jane Smith, Head of Policy · Jane@nwleics.gov.uk");
    assertThat(kept.implications().stated())
        .containsExactly(
            java.util.Map.entry("Financial", "None"), java.util.Map.entry("Risk", "Two new risks"));
    assertThat(kept.backgroundPapers()).containsExactly("Council Delivery Plan 2018/19");
    assertThat(kept.isEmpty()).isFalse();

    cover.writeFrontSheet(FrontSheet.EMPTY);
    assertThat(cover.frontSheet().isEmpty()).isTrue();
  }

  @Test
  void blankPartsAreNotSet() {
    FrontSheet sheet =
        new FrontSheet(" ", null, null, new Implications(" ", "", null, "\n", null), null);
    assertThat(sheet.isEmpty()).isTrue();
  }

  @Test
  void listEntriesAreNeitherBlankNorTooLongNorTooMany() {
    refused(
        () -> new FrontSheet(null, List.of("Note", " "), null, null, null), "recommendations[1]");
    refused(
        () -> new FrontSheet(null, List.of("x".repeat(1001)), null, null, null),
        "recommendations[0]");
    new FrontSheet(null, List.of("x".repeat(1000)), null, null, null);
    refused(
        () -> new FrontSheet(null, Collections.nCopies(21, "Note"), null, null, null),
        "recommendations");
    refused(
        () -> new FrontSheet(null, null, null, null, List.of("Two\nlines")), "backgroundPapers[0]");
    refused(
        () ->
            new FrontSheet(
                null, null, Collections.nCopies(7, officer("01530 454545", null)), null, null),
        "contactOfficers");
  }

  @Test
  void purposeAndImplicationsAreBounded() {
    new FrontSheet("x".repeat(4000), null, null, null, null);
    refused(() -> new FrontSheet("x".repeat(4001), null, null, null, null), "purpose");
    new Implications(null, null, null, null, "x".repeat(2000));
    refused(
        () -> new Implications(null, null, null, null, "x".repeat(2001)), "implications.climate");
    refused(() -> new Implications("a\u0000b", null, null, null, null), "implications.financial");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01530 454545", "+44 (0)1530 454545", "0115-917-7777"})
  void telephoneNumbersAsPeopleWriteThemAreAccepted(String phone) {
    assertThat(officer(phone, null).phone()).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ext. 4545", "12345", "01530 454545 or 454546", "0800 CALL NOW"})
  void otherTelephoneNumbersAreRefusedNamingTheOfficer(String phone) {
    refused(() -> officer(phone, null), "contactOfficers[0].phone");
  }

  @ParameterizedTest
  @CsvSource({"jane, contactOfficers[0].email", "jane@ x.uk, contactOfficers[0].email"})
  void emailAddressesMustBePlain(String email, String field) {
    refused(() -> officer(null, email), field);
  }

  @Test
  void anOfficerHasANameAPostAndAWayToReachThem() {
    refused(
        () -> ContactOfficer.of(" ", "Head", "01530 454545", null, "contactOfficers[2]"),
        "contactOfficers[2].name");
    refused(
        () -> ContactOfficer.of("Jane", null, "01530 454545", null, "contactOfficers[0]"),
        "contactOfficers[0].post");
    refused(() -> officer(" ", null), "contactOfficers[0].phone");
    List<String> longName = new ArrayList<>(List.of("x".repeat(101)));
    refused(() -> ContactOfficer.of(longName.get(0), "Head", "01530 454545", null, "c"), "c.name");
  }
}
