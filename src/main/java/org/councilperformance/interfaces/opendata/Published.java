package org.councilperformance.interfaces.opendata;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

/**
 * A published representation answered with its validators (docs/open-data.md#caching): a strong
 * {@code ETag} that is a digest of the bytes sent, so it changes exactly when what is published
 * does; {@code Last-Modified}, the time the period was published; 304 to a conditional request that
 * already has it; cacheable by anyone for five minutes, then revalidated.
 */
final class Published {
  /** Five minutes: a reopened period disappears from shared caches soon after. */
  static final int MAX_AGE_SECONDS = 300;

  private Published() {}

  static Response of(
      HttpHeaders request, byte[] body, String type, Instant lastModified, Licence licence) {
    EntityTag tag = new EntityTag(digest(body));
    Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    Response.ResponseBuilder answer =
        notModified(request, tag, modified)
            ? Response.notModified(tag)
            : Response.ok(body, type).tag(tag);
    return answer
        .lastModified(Date.from(modified))
        .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
        .header("Link", licence.linkHeader())
        .build();
  }

  /**
   * RFC 9110 section 13.2.2: If-None-Match decides when it is sent (weak comparison); only without
   * it does If-Modified-Since.
   */
  static boolean notModified(HttpHeaders request, EntityTag current, Instant modified) {
    String noneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (noneMatch != null) {
      for (String candidate : noneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.equals("*")) {
          return true;
        }
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals("\"" + current.getValue() + "\"")) {
          return true;
        }
      }
      return false;
    }
    String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
    if (since == null) {
      return false;
    }
    try {
      Instant sinceInstant =
          ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !modified.isAfter(sinceInstant);
    } catch (DateTimeParseException unreadable) {
      return false; // an unreadable date is ignored, as RFC 9110 says
    }
  }

  /** The first 128 bits of the bytes' SHA-256, base64url: enough to tell versions apart. */
  static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(hash, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
