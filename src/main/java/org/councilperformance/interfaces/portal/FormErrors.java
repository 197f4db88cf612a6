package org.councilperformance.interfaces.portal;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.BusinessException;

/**
 * What is wrong with a submitted form, field by field, in the order the fields appear: the error
 * summary lists them, linked to each field's id, and each field shows its own message (the GOV.UK
 * error pattern, docs/portal.md#errors).
 */
public final class FormErrors {
  /** One field's message. @param field the id of the field the summary links to */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors = new ArrayList<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  /**
   * The message of a rule the application refused a value by, for the field it names: the portal
   * shows the same words the API answers (docs/portal.md#errors).
   */
  public static FormErrors of(BusinessException refused) {
    String message = refused.getMessage();
    return none()
        .add(
            refused.field() == null ? "main-content" : refused.field(),
            message.isEmpty()
                ? message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1));
  }

  /** Adds a message for the field unless it already has one: the first problem is the one shown. */
  public FormErrors add(String field, String message) {
    if (get(field) == null) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  /**
   * Adds a message even when the field already has one: a sheet's row may have several problems,
   * and the summary lists each.
   */
  public FormErrors addAnother(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /**
   * A rule's refusal in the API's own words (the same rule refuses the same input either way), with
   * the API's name of the field, where the words begin with it, read as the form's label:
   * "progress: must be a percentage…" → "Progress: must be a percentage…".
   *
   * @param field the API's name for the field, e.g. "closureReason"
   */
  public FormErrors addRefusal(String id, String field, String label, String message) {
    String words = message;
    if (field != null && message.startsWith(field)) {
      words = message.substring(field.length()).replaceFirst("^:?\\s*", "");
    }
    return add(id, label + ": " + words);
  }

  /** The field's message, or null when it is fine. */
  public String get(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> all() {
    return List.copyOf(errors);
  }
}
