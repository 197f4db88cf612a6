package org.councilperformance.interfaces.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets kept in memory, one per key (a username, a client address, a token): a key may
 * spend {@code perMinute} at once and gets them back at that rate. Each server counts for itself,
 * so behind a load balancer with n servers a client gets up to n times the limit.
 */
public final class RateLimiter {
  /** Above this many keys, buckets that have filled up again are forgotten. */
  static final int MAX_KEYS = 10_000;

  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perMinute how many a key may spend at once and per minute; 0 or less turns the limit off
   * @param nanoTime the clock ({@code System::nanoTime} in the product)
   */
  public RateLimiter(int perMinute, LongSupplier nanoTime) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
  }

  /**
   * Spends one for the key. Empty when allowed; otherwise how long until one is there again (the
   * refused attempt spends nothing).
   */
  public Optional<Duration> take(String key) {
    if (perMinute <= 0) {
      return Optional.empty();
    }
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_KEYS) {
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
  }

  /** Tokens are counted in minute-nanos: one token is worth NANOS_PER_MINUTE units. */
  private final class Bucket {
    private long level;
    private long updated;

    Bucket(long now) {
      this.level = (long) perMinute * NANOS_PER_MINUTE;
      this.updated = now;
    }

    synchronized Optional<Duration> take(long now) {
      refill(now);
      if (level >= NANOS_PER_MINUTE) {
        level -= NANOS_PER_MINUTE;
        return Optional.empty();
      }
      // level grows by perMinute units per nanosecond
      long missing = NANOS_PER_MINUTE - level;
      return Optional.of(Duration.ofNanos((missing + perMinute - 1) / perMinute));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return level == (long) perMinute * NANOS_PER_MINUTE;
    }

    private void refill(long now) {
      long elapsed = Math.max(0, now - updated);
      long capacity = (long) perMinute * NANOS_PER_MINUTE;
      // elapsed * perMinute may overflow after long idleness; a full minute refills everything
      level =
          elapsed >= NANOS_PER_MINUTE ? capacity : Math.min(capacity, level + elapsed * perMinute);
      updated = now;
    }
  }
}
