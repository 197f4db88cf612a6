package org.councilperformance.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tests' server's messages.log, where the failsafe run started it (pom.xml). */
final class ServerLog {
  private static final Path MESSAGES =
      Path.of("target/liberty/wlp/usr/servers/defaultServer/logs/messages.log");

  private ServerLog() {}

  /**
   * The log from the line naming {@code marker} on, once Liberty has written it (it writes a little
   * after the answer); empty if it never appears.
   */
  static String after(String marker) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String log;
      try {
        log = Files.readString(MESSAGES, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int at = log.indexOf(marker);
      if (at >= 0) {
        return log.substring(log.lastIndexOf('\n', at) + 1);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return "";
  }

  /** The one line of the security log holding every one of {@code parts}; empty if none. */
  static String securityLine(String... parts) {
    String log = after(parts[0]);
    return log.lines()
        .filter(line -> line.contains("council.security"))
        .filter(line -> java.util.Arrays.stream(parts).allMatch(line::contains))
        .findFirst()
        .orElse("");
  }
}
