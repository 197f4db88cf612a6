package org.councilperformance.interfaces.portal;

import java.util.List;
import org.councilperformance.interfaces.portal.Govuk.RadioItem;

/**
 * The figure and action forms' question "Who may read this commentary?": anyone once the quarter is
 * published, or the council only (docs/open-data.md#internal-commentary). The field's values are
 * {@link #PUBLIC} and {@link #INTERNAL}; anything else, or nothing, is public, the default.
 */
public final class CommentaryVisibility {
  /** The form field's name. */
  public static final String FIELD = "commentaryVisibility";

  public static final String PUBLIC = "public";
  public static final String INTERNAL = "internal";

  private CommentaryVisibility() {}

  /** The answer as the form sends it back, from the stored mark. */
  public static String of(boolean internal) {
    return internal ? INTERNAL : PUBLIC;
  }

  /** Whether the answer marks the commentary internal. */
  public static boolean internal(String answer) {
    return INTERNAL.equals(answer);
  }

  /** The two choices, the one answered checked. */
  public static List<RadioItem> items(String answer) {
    return List.of(
        new RadioItem(
            null,
            PUBLIC,
            "Anyone",
            "Published with the figures on the council's open data page once the quarter is"
                + " published",
            !internal(answer)),
        new RadioItem(
            null,
            INTERNAL,
            "The council only",
            "Shown signed in and in committee packs, never on the public page or in open data",
            internal(answer)));
  }

  /** How a summary or table says it. */
  public static String words(boolean internal) {
    return internal ? "The council only" : "Anyone";
  }
}
