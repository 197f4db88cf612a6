package org.councilperformance.interfaces.rest;

import java.util.List;
import org.councilperformance.domain.Code;

/** Reads a body field that lists codes, each remembering the field it came from. */
public final class Codes {
  private Codes() {}

  /** The codes of a list field; an absent list is empty. */
  public static List<Code> of(List<String> values, String field) {
    return values == null ? List.of() : values.stream().map(v -> Code.of(v, field)).toList();
  }
}
