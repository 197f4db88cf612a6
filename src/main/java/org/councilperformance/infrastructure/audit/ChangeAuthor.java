package org.councilperformance.infrastructure.audit;

import java.util.function.Supplier;

/**
 * Who is making the changes on this thread. Envers creates revision entities itself, outside CDI,
 * so the name travels on the request's thread; work outside a request runs as "system".
 */
public final class ChangeAuthor {
  public static final String SYSTEM = "system";
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ChangeAuthor() {}

  public static String current() {
    String name = CURRENT.get();
    return name == null ? SYSTEM : name;
  }

  public static <T> T actAs(String name, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(name);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  static void set(String name) {
    CURRENT.set(name);
  }

  static void clear() {
    CURRENT.remove();
  }
}
