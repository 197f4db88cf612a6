package org.councilperformance.infrastructure.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document title in title case, as a title bar shows it ("Quarterly Performance Report: 2018/19
 * Quarter 2"): each word capitalised except the short joining words, which stay lower case unless
 * they begin the title or follow a colon or dash. Words already holding a capital or a digit (HRA,
 * 2018/19, eGov) are left as written.
 */
final class TitleCase {
  private static final Set<String> MINOR =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
          "or", "per", "the", "to", "via", "vs", "with");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’&/.-]+");

  private TitleCase() {}

  static String of(String title) {
    // A title typed in capitals throughout is shouted, not a run of acronyms.
    String text =
        title.chars().anyMatch(Character::isLowerCase) ? title : title.toLowerCase(Locale.UK);
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    boolean first = true;
    while (m.find()) {
      String between = text.substring(last, m.start());
      out.append(between);
      String word = m.group();
      boolean opensPhrase = first || between.contains(":") || between.contains("—");
      out.append(capitalised(word, opensPhrase));
      last = m.end();
      first = false;
    }
    return out.append(text.substring(last)).toString();
  }

  private static String capitalised(String word, boolean opensPhrase) {
    if (!word.equals(word.toLowerCase(Locale.UK)) || word.chars().anyMatch(Character::isDigit)) {
      return word;
    }
    if (!opensPhrase && MINOR.contains(word)) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1);
  }
}
