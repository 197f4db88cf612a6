package org.councilperformance.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.MalformedValueException;

/**
 * An {@code If-Match} request header (RFC 9110 §13.1.1): {@code *} or a list of entity tags, each
 * {@code "…"} or weak {@code W/"…"}. A weak tag never matches: If-Match compares strongly, and the
 * versions this API answers are strong ({@code "7"}).
 *
 * @param any {@code *}: any current version will do, but there must be one
 * @param tags the opaque values of the tags listed, weak ones marked by a {@code W/} prefix
 */
public record IfMatch(boolean any, List<String> tags) {
  public static final String HEADER = "If-Match";

  public IfMatch {
    tags = List.copyOf(tags);
  }

  /** The header as sent, or null when it was not. Unreadable → 400 naming the header. */
  public static IfMatch parse(String header) {
    if (header == null) {
      return null;
    }
    String text = header.strip();
    if (text.equals("*")) {
      return new IfMatch(true, List.of());
    }
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      boolean weak = text.startsWith("W/", i);
      if (weak) {
        i += 2;
      }
      if (i >= n || text.charAt(i) != '"') {
        throw malformed(header);
      }
      int close = text.indexOf('"', i + 1);
      if (close < 0) {
        throw malformed(header);
      }
      String opaque = text.substring(i + 1, close);
      if (!opaque.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80)) {
        throw malformed(header);
      }
      tags.add(weak ? "W/" + opaque : opaque);
      i = skipSpace(text, close + 1);
      if (i < n) {
        if (text.charAt(i) != ',') {
          throw malformed(header);
        }
        i = skipSpace(text, i + 1);
        if (i >= n) {
          throw malformed(header);
        }
      }
    }
    if (tags.isEmpty()) {
      throw malformed(header);
    }
    return new IfMatch(false, tags);
  }

  /** Whether the current version (null: nothing stored yet) satisfies this header. */
  public boolean matches(String currentVersion) {
    if (currentVersion == null) {
      return false;
    }
    return any || tags.contains(currentVersion);
  }

  /** The strong entity tag of a version, as the {@code ETag} header carries it. */
  public static String tagOf(String version) {
    return '"' + version + '"';
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static MalformedValueException malformed(String header) {
    return new MalformedValueException(
        HEADER,
        HEADER
            + ": expected * or a list of entity tags such as \"7\" (as the ETag header gave),"
            + " not "
            + (header.length() > 60 ? header.substring(0, 60) + "…" : header));
  }
}
