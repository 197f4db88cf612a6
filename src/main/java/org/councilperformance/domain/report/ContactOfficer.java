package org.councilperformance.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.committee.CommitteeMember;

/**
 * An officer the front sheet names for questions about the report: name and post, and at least one
 * way to reach them, a telephone number or an email address (docs/reports.md#the-front-sheet).
 */
@Embeddable
public class ContactOfficer {
  /** A UK or international number as people write it: digits, spaces, +, brackets and hyphens. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,30}");

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 150)
  private String post;

  @Column(length = 30)
  private String phone;

  @Column(length = 254)
  private String email;

  protected ContactOfficer() {}

  /**
   * A contact officer as typed, checked; {@code field} names it in a refusal, e.g.
   * "contactOfficers[0]", so the API says which officer and which part is wrong.
   */
  public static ContactOfficer of(
      String name, String post, String phone, String email, String field) {
    ContactOfficer officer = new ContactOfficer();
    officer.name = line(name, 100, field + ".name", "name");
    officer.post = line(post, 150, field + ".post", "post");
    officer.phone = blankToNull(phone);
    if (officer.phone != null
        && (!PHONE.matcher(officer.phone).matches()
            || officer.phone.chars().filter(Character::isDigit).count() < 7)) {
      throw new InvalidValueException(
          field + ".phone",
          field
              + ".phone must be a telephone number of digits, spaces, +, brackets and hyphens,"
              + " such as 01530 454545");
    }
    String address = blankToNull(email);
    if (address != null) {
      try {
        officer.email = CommitteeMember.normalisedEmail(address);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(
            field + ".email",
            field + ".email must be one plain address such as name@council.gov.uk");
      }
    }
    if (officer.phone == null && officer.email == null) {
      throw new InvalidValueException(
          field + ".phone", field + " needs a telephone number or an email address, or both");
    }
    return officer;
  }

  private static String line(String value, int max, String field, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, field + " is required: the officer's " + what);
    }
    String text = value.strip();
    if (text.length() > max || text.contains("\n")) {
      throw new InvalidValueException(
          field, field + " must be one line of at most " + max + " characters");
    }
    return text;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String name() {
    return name;
  }

  public String post() {
    return post;
  }

  /** The telephone number, or null. */
  public String phone() {
    return phone;
  }

  /** The email address, or null. */
  public String email() {
    return email;
  }

  /**
   * One line as the front sheet prints it, e.g. "Jane Smith, Head of Policy · 01530 454545 · …".
   */
  public String printed() {
    StringBuilder line = new StringBuilder(name).append(", ").append(post);
    if (phone != null) {
      line.append(" · ").append(phone);
    }
    if (email != null) {
      line.append(" · ").append(email);
    }
    return line.toString();
  }
}
