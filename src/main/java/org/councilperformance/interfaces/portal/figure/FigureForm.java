package org.councilperformance.interfaces.portal.figure;

import java.io.Serializable;
import java.math.BigDecimal;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.interfaces.portal.CommentaryVisibility;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Words;

/**
 * What the figure form holds, as typed: whether there is a figure, the figure or the reason there
 * is none, commentary, and the version of the measurement the form was read at (docs/portal.md
 * #entering-a-figure). Kept in the session between the form and its check page.
 *
 * @param kind {@link #VALUE} or {@link #MISSING}; null when neither was chosen
 * @param version the measurement's version when the form was read; "" when none was stored
 * @param visibility who may read the commentary ({@link CommentaryVisibility}); public unless
 *     "internal"
 */
public record FigureForm(
    String kind,
    String value,
    String missingReason,
    String commentary,
    String version,
    String visibility)
    implements Serializable {
  public static final String VALUE = "value";
  public static final String MISSING = "missing";

  /** The form as the stored measurement fills it (null: nothing stored yet). */
  public static FigureForm of(Measurement stored) {
    if (stored == null) {
      return new FigureForm(null, null, null, null, "", CommentaryVisibility.PUBLIC);
    }
    String kind = stored.value() != null ? VALUE : stored.missingReason() != null ? MISSING : null;
    return new FigureForm(
        kind,
        Words.number(stored.value()),
        stored.missingReason(),
        stored.commentary(),
        Long.toString(stored.version()),
        CommentaryVisibility.of(stored.commentaryInternal()));
  }

  /** The same answers, read at another version: what "save mine anyway" posts. */
  public FigureForm atVersion(String newVersion) {
    return new FigureForm(kind, value, missingReason, commentary, newVersion, visibility);
  }

  /** Whether the commentary is marked for the council only. */
  public boolean commentaryInternal() {
    return CommentaryVisibility.internal(visibility);
  }

  /** The figure, when one was chosen and typed as a number the product can hold exactly. */
  public BigDecimal figure(FormErrors errors) {
    if (!VALUE.equals(kind)) {
      return null;
    }
    if (value == null || value.isBlank()) {
      errors.add("value", "Enter the figure");
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      errors.add("value", "Enter the figure as a number, like 95 or 12.5");
      return null;
    }
    return checked(() -> Limits.figure(number, "value"), errors);
  }

  /** The reason there is no figure, when that was chosen. */
  public String reason(FormErrors errors) {
    if (!MISSING.equals(kind)) {
      return null;
    }
    if (missingReason == null || missingReason.isBlank()) {
      errors.add("missingReason", "Enter why there is no figure for this period");
      return null;
    }
    return checked(() -> Limits.text(missingReason, "missingReason"), errors);
  }

  /** The commentary, blank as none; checked against what the product can store and print. */
  public String commentaryText(FormErrors errors) {
    if (commentary == null || commentary.isBlank()) {
      return null;
    }
    return checked(() -> Limits.text(commentary, "commentary"), errors);
  }

  /** Errors for the form as typed, before the application's rules are asked. */
  public FormErrors typingErrors() {
    FormErrors errors = FormErrors.none();
    if (kind == null) {
      errors.add("figure", "Select whether you have the figure or why there is none");
    }
    figure(errors);
    reason(errors);
    commentaryText(errors);
    return errors;
  }

  private static <T> T checked(java.util.function.Supplier<T> limit, FormErrors errors) {
    try {
      return limit.get();
    } catch (InvalidValueException e) {
      errors.add(e.field(), e.getMessage());
      return null;
    }
  }
}
