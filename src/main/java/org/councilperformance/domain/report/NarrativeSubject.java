package org.councilperformance.domain.report;

import java.util.List;
import java.util.Locale;
import org.councilperformance.domain.InvalidValueException;

/**
 * What an officers' narrative is about (docs/reports.md#officers-narrative): one priority, printed
 * at the top of its dashboard and its plan on a page, or one appendix, printed at the top of that
 * appendix. Stored as its key, "priority:HC" or "appendix:finance".
 *
 * @param priorityCode the priority's code, or null for an appendix
 * @param appendix the appendix, or null for a priority
 */
public record NarrativeSubject(String priorityCode, PackSection appendix) {
  /** The appendices an officer writes a narrative for. */
  public static final List<PackSection> APPENDICES =
      List.of(
          PackSection.FINANCE,
          PackSection.ABSENCE,
          PackSection.CONTACT_CENTRE,
          PackSection.RISKS,
          PackSection.DATA_QUALITY);

  private static final String PRIORITY = "priority:";
  private static final String APPENDIX = "appendix:";

  public NarrativeSubject {
    if ((priorityCode == null) == (appendix == null)) {
      throw new IllegalArgumentException("a narrative is about a priority or an appendix");
    }
  }

  public static NarrativeSubject priority(String code) {
    return new NarrativeSubject(code, null);
  }

  /** The appendix of a section key, e.g. "finance"; refused for a section that is not one. */
  public static NarrativeSubject appendix(String key, String field) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return APPENDICES.stream()
        .filter(s -> s.key().equals(wanted))
        .findFirst()
        .map(s -> new NarrativeSubject(null, s))
        .orElseThrow(
            () ->
                new InvalidValueException(
                    field,
                    "an officers' narrative is written for the appendices "
                        + String.join(", ", APPENDICES.stream().map(PackSection::key).toList())
                        + ", not '"
                        + key
                        + "'"));
  }

  public static NarrativeSubject of(PackSection appendix) {
    return appendix(appendix.key(), "section");
  }

  /** The stored key, e.g. "priority:HC". */
  public String key() {
    return priorityCode != null ? PRIORITY + priorityCode : APPENDIX + appendix.key();
  }

  public static NarrativeSubject parse(String key) {
    if (key.startsWith(PRIORITY)) {
      return priority(key.substring(PRIORITY.length()));
    }
    return appendix(key.substring(APPENDIX.length()), "subject");
  }
}
