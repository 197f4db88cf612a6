package org.councilperformance.interfaces.portal;

import java.util.List;

/**
 * What the page "Someone changed this while you were editing" shows (issue 14,
 * docs/portal.md#versions): each value as saved now beside what the person typed, and the choice of
 * saving theirs over it (posting what they typed again with the version now saved) or keeping the
 * saved one.
 *
 * @param caption what was being edited, e.g. "Action HS-A-01 Fix the roof"
 * @param postTo the form's address, to re-apply the person's values
 * @param values the person's form as they sent it, without its version and CSRF token
 * @param version the version now saved, for re-applying
 * @param keepHref where keeping the saved version leads: the page showing it
 */
public record Stale(
    String caption,
    List<Row> rows,
    String postTo,
    List<Field> values,
    String version,
    String keepHref) {

  /** One value, as saved now and as the person typed it. */
  public record Row(String label, String saved, String yours) {
    public boolean differs() {
      return !saved.equals(yours);
    }
  }

  /** A form field to post again. */
  public record Field(String name, String value) {}
}
