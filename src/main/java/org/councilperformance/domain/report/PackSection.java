package org.councilperformance.domain.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;

/**
 * The sections of the quarterly pack (docs/reports.md#sections), in the order the pack prints them.
 * Each can also be rendered alone. The appendices from finance onwards are council-wide: a pack
 * scoped to a priority or business unit prints them only when asked for by name.
 */
public enum PackSection {
  COVER("cover", "Cover", "Cover", false),
  SUMMARY("summary", "Summary of performance", "Summary", false),
  DASHBOARD("dashboard", "Performance dashboards", "Dashboards", false),
  EXCEPTIONS("exceptions", "Exception report and intervention plans", "Exceptions", false),
  INDICATORS("indicators", "Appendix: compendium of performance results", "Indicators", false),
  FINANCE("finance", "Appendix: finance", "Finance", true),
  ABSENCE("absence", "Appendix: management of absence", "Absence", true),
  CONTACT_CENTRE("contact-centre", "Appendix: contact centre statistics", "Contact centre", true),
  RISKS("risks", "Appendix: corporate risk register", "Risks", true),
  DATA_QUALITY("data-quality", "Appendix: data-quality findings", "Data quality", true),
  PLAN_ON_A_PAGE("plan", "Appendix: plan on a page", "Plan on a page", false);

  private static final String APPENDIX = "Appendix: ";

  private final String key;
  private final String title;
  private final String sheetName;
  private final boolean councilWide;

  PackSection(String key, String title, String sheetName, boolean councilWide) {
    this.key = key;
    this.title = title;
    this.sheetName = sheetName;
    this.councilWide = councilWide;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  /** The section's worksheet in XLSX: short, and without the characters Excel refuses (:). */
  public String sheetName() {
    return sheetName;
  }

  /** Whether the section is an appendix: the front sheet lists these, lettered in pack order. */
  public boolean appendix() {
    return title.startsWith(APPENDIX);
  }

  /**
   * Each section's heading in a pack printing these sections: an appendix is lettered by its place
   * among the appendices printed, "Appendix A: compendium of performance results"; other sections
   * keep their title.
   */
  public static Map<PackSection, String> headings(List<PackSection> printed) {
    Map<PackSection, String> headings = new EnumMap<>(PackSection.class);
    char letter = 'A';
    for (PackSection section : printed) {
      headings.put(
          section,
          section.appendix()
              ? "Appendix " + letter++ + ": " + section.title.substring(APPENDIX.length())
              : section.title);
    }
    return headings;
  }

  public boolean councilWide() {
    return councilWide;
  }

  /**
   * The sections a request asks for, in pack order.
   *
   * @param text comma-separated keys, e.g. "cover,summary"; blank for the whole pack
   * @param scoped whether the pack is scoped to a priority or business unit
   */
  public static List<PackSection> parse(String text, boolean scoped, String field) {
    if (text == null || text.isBlank()) {
      return Arrays.stream(values()).filter(s -> !scoped || !s.councilWide).toList();
    }
    Set<PackSection> chosen = EnumSet.noneOf(PackSection.class);
    for (String part : text.split(",")) {
      String wanted = part.trim().toLowerCase(Locale.ROOT);
      chosen.add(
          Arrays.stream(values())
              .filter(s -> s.key.equals(wanted))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          field, "unknown section '" + part.trim() + "'; use " + keys())));
    }
    return new ArrayList<>(chosen);
  }

  private static String keys() {
    return String.join(", ", Arrays.stream(values()).map(PackSection::key).toList());
  }
}
