package org.councilperformance.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a text extracted from the council's published report can be printed as the council's own
 * words. The extraction marks its damage: "[garbled]" or "[title garbled in extraction]" (nothing
 * of that text can be trusted), "[partly garbled]" and gaps written "..." (the words either side of
 * a gap are cut off), "[word missing in extraction; …]" (the sentence lacks a word), and letters it
 * restored glued to a word ("unexpected[ly high]"). None of that is the council's: only whole,
 * undamaged sentences are kept. Parts of one cell that the extraction joined with " | " are cleaned
 * one by one and kept on lines of their own.
 */
final class LegibleText {
  /** What a required text says when nothing of it could be read. */
  static final String NOT_PUBLISHED = "Not published";

  private static final Pattern MARKER =
      Pattern.compile("\\s*\\[[^\\]]*(garbled|extraction)[^\\]]*\\]");
  private static final Pattern RESTORED = Pattern.compile("(?<=\\w)\\[[^\\]]*\\]");
  private static final Pattern GAP = Pattern.compile("\\s*(\\.\\.\\.|…)\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern PARTS = Pattern.compile("\\s+\\|\\s+");

  /** Stands for damage inside a sentence while the text is cut into sentences. */
  private static final String DAMAGE = "\uE000";

  private static final String GAP_MARK = " ... ";

  private LegibleText() {}

  /** The text's whole, undamaged sentences; null when none remain (or for null). */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String part : PARTS.split(text.strip())) {
      String legible = legiblePart(part);
      if (!legible.isEmpty()) {
        kept.add(legible);
      }
    }
    return kept.isEmpty() ? null : String.join("\n", kept);
  }

  /** As {@link #of}, but {@value #NOT_PUBLISHED} where nothing could be read. */
  static String orNotPublished(String text) {
    String legible = of(text);
    return legible == null ? NOT_PUBLISHED : legible;
  }

  private static String legiblePart(String part) {
    Matcher markers = MARKER.matcher(part);
    StringBuilder marked = new StringBuilder();
    while (markers.find()) {
      String marker = markers.group();
      if (marker.contains("garbled") && !marker.contains("partly")) {
        return ""; // the extraction says this text as a whole cannot be read
      }
      // "partly garbled": the text around it is cut off, as at a gap; a missing word damages the
      // sentence the marker follows (or, at the start, the one it precedes).
      markers.appendReplacement(
          marked, Matcher.quoteReplacement(marker.contains("garbled") ? GAP_MARK : DAMAGE));
    }
    markers.appendTail(marked);
    String text = RESTORED.matcher(marked).replaceAll(DAMAGE);
    if (!text.contains(DAMAGE) && !GAP.matcher(text).find()) {
      return text.strip(); // sound: kept exactly, line breaks and all
    }

    String[] fragments = GAP.split(text, -1);
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < fragments.length; f++) {
      String fragment = fragments[f].strip();
      if (fragment.isEmpty()) {
        continue;
      }
      String[] sentences = SENTENCE_END.split(fragment);
      for (int s = 0; s < sentences.length; s++) {
        String sentence = sentences[s];
        boolean afterGap = s == 0 && f > 0;
        boolean beforeGap = s == sentences.length - 1 && f < fragments.length - 1;
        if (sentence.contains(DAMAGE)
            || (afterGap && !startsWhole(sentence))
            || (beforeGap && !endsWhole(sentence))) {
          continue;
        }
        kept.add(sentence);
      }
    }
    return String.join(" ", kept);
  }

  /** A sentence right after a gap is whole only if it starts as a sentence does. */
  private static boolean startsWhole(String sentence) {
    int first = sentence.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first) || first == '£';
  }

  /** A sentence right before a gap is whole only if it ends as a sentence does. */
  private static boolean endsWhole(String sentence) {
    return sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?");
  }
}
