package org.councilperformance.domain.report;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;

/**
 * The committee front sheet a clerk sends with the pack (docs/reports.md#the-front-sheet): the
 * report's purpose, the recommendations put to the committee, its contact officers, its
 * implications, and the background papers. The list of appendices and the status key are not typed:
 * the pack computes them from what it prints. Every part is optional; the front sheet prints only
 * the parts that are set.
 */
public record FrontSheet(
    String purpose,
    List<String> recommendations,
    List<ContactOfficer> contactOfficers,
    Implications implications,
    List<String> backgroundPapers) {
  public static final int MAX_PURPOSE = 4000;
  public static final int MAX_RECOMMENDATION = 1000;
  public static final int MAX_RECOMMENDATIONS = 20;
  public static final int MAX_OFFICERS = 6;
  public static final int MAX_PAPER = 500;
  public static final int MAX_PAPERS = 30;

  public static final FrontSheet EMPTY =
      new FrontSheet(null, List.of(), List.of(), Implications.NONE_STATED, List.of());

  public FrontSheet {
    purpose = Implications.text(purpose, "purpose", MAX_PURPOSE);
    recommendations =
        items(recommendations, "recommendations", MAX_RECOMMENDATIONS, MAX_RECOMMENDATION, false);
    contactOfficers = contactOfficers == null ? List.of() : List.copyOf(contactOfficers);
    if (contactOfficers.size() > MAX_OFFICERS) {
      throw new InvalidValueException(
          "contactOfficers", "contactOfficers has more than " + MAX_OFFICERS + " officers");
    }
    implications = implications == null ? Implications.NONE_STATED : implications;
    backgroundPapers = items(backgroundPapers, "backgroundPapers", MAX_PAPERS, MAX_PAPER, true);
  }

  /** Whether nothing is set: the pack then prints no front sheet page. */
  public boolean isEmpty() {
    return purpose == null
        && recommendations.isEmpty()
        && contactOfficers.isEmpty()
        && implications.stated().isEmpty()
        && backgroundPapers.isEmpty();
  }

  /**
   * A list's entries, each checked; blank entries are refused rather than dropped, so the numbers a
   * committee refers to ("recommendation 2") are the ones typed.
   */
  private static List<String> items(
      List<String> given, String field, int maxItems, int maxLength, boolean singleLine) {
    if (given == null) {
      return List.of();
    }
    if (given.size() > maxItems) {
      throw new InvalidValueException(field, field + " has more than " + maxItems + " entries");
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String name = field + "[" + i + "]";
      String item = given.get(i);
      if (item == null || item.isBlank()) {
        throw new InvalidValueException(name, name + " is empty; leave it out instead");
      }
      String text = Limits.text(item.strip().replace("\r\n", "\n"), name);
      if (text.length() > maxLength || (singleLine && text.contains("\n"))) {
        throw new InvalidValueException(
            name,
            name
                + " must be "
                + (singleLine ? "one line of " : "")
                + "at most "
                + maxLength
                + " characters");
      }
      items.add(text);
    }
    return List.copyOf(items);
  }
}
