package org.councilperformance.interfaces.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret a browser sends back in the X-CSRF-Token header on every change: another
 * site can make the browser send the session cookie, but cannot read this value to copy it.
 */
public final class CsrfToken {
  public static final String HEADER = "X-CSRF-Token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean matches(String expected, String presented) {
    return expected != null
        && presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            presented.getBytes(StandardCharsets.US_ASCII));
  }
}
