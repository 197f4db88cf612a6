package org.councilperformance.interfaces.portal.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.report.FrontSheet;
import org.junit.jupiter.api.Test;

class FrontSheetFormTest {
  private static final FrontSheetForm.Officer BLANK = new FrontSheetForm.Officer("", "", "", "");

  /** Officers typed in slots 2 and 4 only (the 2nd and 4th boxes), the second without a contact. */
  private static FrontSheetForm typed() {
    List<FrontSheetForm.Officer> officers = new ArrayList<>(List.of(BLANK, BLANK, BLANK, BLANK));
    officers.set(1, new FrontSheetForm.Officer("Jane", "Head of Policy", "01530 454545", ""));
    officers.set(3, new FrontSheetForm.Officer("Al", "Clerk", "", ""));
    return new FrontSheetForm(
        "", "Note the report\n\nTell Cabinet\n", officers, "None", "", "", "", "", "");
  }

  @Test
  void blankSlotsAndBlankLinesAreLeftOut() {
    FrontSheetForm form =
        new FrontSheetForm(
            "Purpose",
            "Note the report\n\n Tell Cabinet \n",
            List.of(BLANK, new FrontSheetForm.Officer("Jane", "Head", "01530 454545", "")),
            "None",
            "",
            "",
            "",
            "",
            "Plan\n");
    FrontSheet sheet = form.toFrontSheet();
    assertThat(sheet.recommendations()).containsExactly("Note the report", "Tell Cabinet");
    assertThat(sheet.contactOfficers()).hasSize(1);
    assertThat(sheet.implications().stated()).containsOnlyKeys("Financial");
    assertThat(FrontSheetForm.of(sheet).officers()).hasSize(FrontSheetForm.SLOTS);
  }

  @Test
  void aRefusalIsShownAtTheSlotTheOfficerWasTypedIn() {
    FrontSheetForm form = typed();
    assertThatThrownBy(form::toFrontSheet)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException refused = (InvalidValueException) e;
              assertThat(refused.field()).isEqualTo("contactOfficers[1].phone");
              assertThat(form.fieldOf(refused.field())).isEqualTo("contactOfficers-3-phone");
              assertThat(form.message(refused.getMessage()))
                  .isEqualTo(
                      "Contact officer 4 needs a telephone number or an email address, or both");
            });
    assertThat(form.message("contactOfficers[0].email must be one plain address"))
        .isEqualTo("Contact officer 2 email address must be one plain address");
  }

  @Test
  void listEntriesAndImplicationsAreNamedAsTheFormLabelsThem() {
    FrontSheetForm form = typed();
    assertThat(form.fieldOf("recommendations[1]")).isEqualTo("recommendations");
    assertThat(form.message("recommendations[1] is empty")).isEqualTo("Recommendation 2 is empty");
    assertThat(form.message("backgroundPapers[0] must be one line"))
        .isEqualTo("Background paper 1 must be one line");
    assertThat(form.fieldOf("implications.legal")).isEqualTo("legal");
    assertThat(form.message("implications.legal is longer than 2000 characters"))
        .isEqualTo("Legal implications is longer than 2000 characters");
    assertThat(form.message("purpose is longer than 4000 characters"))
        .isEqualTo("Purpose of the report is longer than 4000 characters");
  }
}
