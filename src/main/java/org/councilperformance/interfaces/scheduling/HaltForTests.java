package org.councilperformance.interfaces.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A test-only fault: with the server variable {@code distribution.test.haltAt} set, the JVM halts
 * (Runtime.halt: no shutdown hook, no commit, as a {@code kill -9}) the first time distribution
 * reaches that point, so the crash tests can prove what a crash there leaves
 * (docs/reliability.md#distribution-crashes). Off unless set; never set it in production.
 */
@ApplicationScoped
public class HaltForTests {
  private static final Logger LOG = Logger.getLogger(HaltForTests.class.getName());

  /** Where distribution may be halted. */
  public enum Point {
    /** Messages claimed (the claim committed), none sent. */
    AFTER_CLAIM,
    /** The mail server accepted a message; nothing recorded yet. */
    AFTER_ACCEPT,
    /** A due pack printed and written, its transaction not yet committed. */
    MID_GENERATION
  }

  private final Point haltAt;

  @Inject
  public HaltForTests(
      @ConfigProperty(name = "distribution.test.haltAt", defaultValue = "off") String haltAt) {
    String name = haltAt.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    Point point = null;
    for (Point p : Point.values()) {
      if (p.name().equals(name)) {
        point = p;
      }
    }
    this.haltAt = point;
    if (point != null) {
      LOG.severe("TEST FAULT ARMED: this server halts at " + point + " (distribution.test.haltAt)");
    }
  }

  /** For CDI's client proxy only. */
  protected HaltForTests() {
    this.haltAt = null;
  }

  /** Halts the JVM here if the tests armed this point. */
  public void at(Point point) {
    if (point == haltAt) {
      LOG.severe("TEST FAULT: halting the JVM at " + point);
      Runtime.getRuntime().halt(137);
    }
  }
}
