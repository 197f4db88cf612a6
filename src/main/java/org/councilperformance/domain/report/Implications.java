package org.councilperformance.domain.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;

/**
 * What the report means for the council's money, its legal position, its risks, equalities and the
 * climate, as the front sheet states them: each a short text ("None" is an answer), or null when
 * not stated, in which case the front sheet leaves that line out.
 */
public record Implications(
    String financial, String legal, String risk, String equalities, String climate) {
  /** Characters an implication may take: a short paragraph, as on a committee front sheet. */
  public static final int MAX_LENGTH = 2000;

  public static final Implications NONE_STATED = new Implications(null, null, null, null, null);

  public Implications {
    financial = text(financial, "implications.financial", MAX_LENGTH);
    legal = text(legal, "implications.legal", MAX_LENGTH);
    risk = text(risk, "implications.risk", MAX_LENGTH);
    equalities = text(equalities, "implications.equalities", MAX_LENGTH);
    climate = text(climate, "implications.climate", MAX_LENGTH);
  }

  /** The stated ones, by heading, in the front sheet's order ("Financial" … "Climate"). */
  public Map<String, String> stated() {
    Map<String, String> stated = new LinkedHashMap<>();
    put(stated, "Financial", financial);
    put(stated, "Legal", legal);
    put(stated, "Risk", risk);
    put(stated, "Equalities", equalities);
    put(stated, "Climate", climate);
    return stated;
  }

  private static void put(Map<String, String> stated, String heading, String text) {
    if (text != null) {
      stated.put(heading, text);
    }
  }

  /** A short text as stored: stripped, null when blank, refused when too long or unprintable. */
  static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Limits.text(value.strip(), field);
    if (text.length() > maxLength) {
      throw new InvalidValueException(
          field, field + " is longer than " + maxLength + " characters");
    }
    return text;
  }
}
