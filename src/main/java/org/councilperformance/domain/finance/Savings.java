package org.councilperformance.domain.finance;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.Versioned;

/**
 * A period's savings targets, edited as one list. The list has no row of its own to count changes
 * in, so its version is a digest of what is stored: the same list, the same version; any change,
 * another (docs/design.md#versions).
 */
public record Savings(List<SavingsTarget> targets) implements Versioned {
  public Savings {
    targets = List.copyOf(targets);
  }

  /** Whether the given list is this one again, figures as printed. */
  public boolean sameAs(List<SavingsTarget> other) {
    if (other.size() != targets.size()) {
      return false;
    }
    for (int i = 0; i < other.size(); i++) {
      SavingsTarget a = targets.get(i);
      SavingsTarget b = other.get(i);
      if (!a.description().equals(b.description())
          || !Objects.equals(a.target(), b.target())
          || !Objects.equals(a.forecast(), b.forecast())) {
        return false;
      }
    }
    return true;
  }

  /** The first 63 bits of a SHA-256 digest of the list, in order, figures as printed. */
  @Override
  public long version() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SavingsTarget t : targets) {
        for (String part : List.of(t.description(), printed(t.target()), printed(t.forecast()))) {
          byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
          digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
          digest.update(bytes);
        }
      }
      return ByteBuffer.wrap(digest.digest()).getLong() & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String printed(BigDecimal figure) {
    return figure == null ? "-" : figure.toPlainString();
  }
}
