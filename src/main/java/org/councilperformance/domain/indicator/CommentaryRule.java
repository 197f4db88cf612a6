package org.councilperformance.domain.indicator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;

/**
 * A figure whose computed status is one of these must be explained: the commentary says why it is
 * off target and what is being done (docs/rules.md#commentary). Which statuses is the council's
 * choice (server variable {@code commentary.required.for}, red and amber unless set; empty: never).
 *
 * @param requiredFor the computed statuses that need commentary; empty when the rule is off
 */
public record CommentaryRule(Set<RagStatus> requiredFor) {
  public CommentaryRule {
    requiredFor = requiredFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredFor));
  }

  /** The rule as configured: status names separated by commas, e.g. "RED,AMBER"; blank for none. */
  public static CommentaryRule of(String setting) {
    Set<RagStatus> statuses = EnumSet.noneOf(RagStatus.class);
    if (setting != null) {
      for (String name : setting.split(",")) {
        if (!name.isBlank()) {
          statuses.add(RagStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
      }
    }
    return new CommentaryRule(statuses);
  }

  /** Whether a figure of this computed status, with this commentary, still needs explaining. */
  public boolean lacks(RagStatus computed, String commentary) {
    return requiredFor.contains(computed) && (commentary == null || commentary.isBlank());
  }

  /** Refuses a figure of this computed status without commentary, naming the field. */
  public void check(RagStatus computed, String commentary) {
    if (lacks(computed, commentary)) {
      throw new InvalidValueException(
          "commentary",
          "Enter commentary: the figure is "
              + computed.name().toLowerCase(Locale.ROOT)
              + ", so say why it is off target and what is being done");
    }
  }

  /** The rule in words, e.g. "Commentary is required when the status is red or amber." */
  public String words() {
    if (requiredFor.isEmpty()) {
      return "Commentary is optional.";
    }
    List<String> names = new ArrayList<>();
    EnumSet.copyOf(requiredFor)
        .forEach(s -> names.add(s.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    String last = names.remove(names.size() - 1);
    return "Commentary is required when the status is "
        + (names.isEmpty() ? last : String.join(", ", names) + " or " + last)
        + ".";
  }
}
