package org.councilperformance.interfaces.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFieldsTest {
  private static LocalDate read(String day, String month, String year, FormErrors errors) {
    return new DateFields("due", day, month, year).date("Due date", "dueDate", errors);
  }

  @Test
  void threeEmptyFieldsAreNoDateAndNoError() {
    FormErrors errors = FormErrors.none();
    assertThat(read("", " ", null, errors)).isNull();
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void aRealDateIsRead() {
    FormErrors errors = FormErrors.none();
    assertThat(read("31", "3", "2027", errors)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void aMissingPartIsNamedAndLinkedToItsField() {
    FormErrors errors = FormErrors.none();
    assertThat(read("31", "", "2027", errors)).isNull();
    assertThat(errors.get("due-month")).isEqualTo("Due date must include a month");
    assertThat(new DateFields("due", "31", "", "2027").errorPart(errors)).isEqualTo("month");
  }

  @Test
  void aDateThatDoesNotExistIsNotMovedToAnother() {
    FormErrors errors = FormErrors.none();
    assertThat(read("31", "4", "2027", errors)).isNull();
    assertThat(errors.get("due-day")).isEqualTo("Due date must be a real date");
    assertThat(new DateFields("due", "31", "4", "2027").errorPart(errors)).isNull();
  }

  @Test
  void aDateOutsideTheProductsYearsIsRefusedInTheApisWords() {
    FormErrors errors = FormErrors.none();
    assertThat(read("1", "1", "3001", errors)).isNull();
    assertThat(errors.get("due-day"))
        .isEqualTo("Due date: must be between 1900-01-01 and 2999-12-31");
  }
}
