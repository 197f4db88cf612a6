package org.councilperformance.domain;

import java.util.Objects;

/**
 * The code people use for a corporate plan's priority, a directorate, a business unit, an
 * indicator, an action, an intervention plan or a risk, e.g. "HC-PI-01". A new code is up to {@link
 * #MAX_LENGTH} letters, digits and {@code _ . ( ) -}: no "/", which would split a web address.
 *
 * <p>A code is read at the edge of the system, from a path, query parameter or body field, and
 * remembers which ({@link #source()}): when nothing has the code, the answer names that part of the
 * request. Two codes are equal when their text is.
 */
public final class Code {
  /** The characters a new code may use; one rule for every kind of thing (docs/api.md#codes). */
  public static final String CHARACTERS = "[A-Za-z0-9_.()-]";

  public static final String FORMAT = CHARACTERS + "+";

  public static final int MAX_LENGTH = 40;

  /** The format with its length, for a path segment that names a new code. */
  public static final String FORMAT_AND_LENGTH = CHARACTERS + "{1," + MAX_LENGTH + "}";

  private final String value;
  private final String source;

  private Code(String value, String source) {
    this.value = Objects.requireNonNull(value);
    this.source = Objects.requireNonNull(source);
  }

  /**
   * A code as the request gave it, to be looked up. Its format is checked only when something new
   * is given it: an existing thing is found by exactly the text asked for.
   *
   * @param source the request part it was read from, e.g. "businessUnit"; null text gives null
   */
  public static Code of(String value, String source) {
    return value == null ? null : new Code(value, source);
  }

  public String value() {
    return value;
  }

  /** The path, query parameter or body field this code was read from. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Code code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
