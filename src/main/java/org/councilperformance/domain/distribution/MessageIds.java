package org.councilperformance.domain.distribution;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Message-ID of a delivery: the same for every attempt and every copy of it, so that a copy
 * sent again after a crash (the mail server accepted it, the server died before recording so) is
 * recognisable as the same message by the recipient's mail system and in the delivery log.
 */
public final class MessageIds {
  private MessageIds() {}

  /**
   * @param domain the right-hand side, the domain of the sender's address
   */
  public static String of(long meetingId, int edition, long memberId, String domain) {
    return "<pack." + meetingId + "." + edition + "." + memberId + "@" + right(domain) + ">";
  }

  /**
   * The Message-ID of one alert's email to one admin address: the same for every attempt, like a
   * delivery's. The address is in it as a short digest, not in clear.
   */
  public static String ofAlert(long alertId, String recipient, String domain) {
    String address = recipient.strip().toLowerCase(Locale.ROOT);
    String digest = PackEdition.sha256(address.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    return "<alert." + alertId + "." + digest + "@" + right(domain) + ">";
  }

  private static String right(String domain) {
    String right = domain == null || domain.isBlank() ? "localhost" : domain;
    return right.strip().toLowerCase(Locale.ROOT);
  }

  /** The domain of an address such as papers@council.gov.uk, or localhost. */
  public static String domainOf(String address) {
    if (address == null) {
      return "localhost";
    }
    String plain = address.replaceAll(".*<", "").replace(">", "").strip();
    int at = plain.lastIndexOf('@');
    return at < 0 || at == plain.length() - 1 ? "localhost" : plain.substring(at + 1);
  }
}
