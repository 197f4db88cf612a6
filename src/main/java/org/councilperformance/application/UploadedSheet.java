package org.councilperformance.application;

import java.util.List;

/**
 * An uploaded sheet's rows, read: an indicators sheet's or an actions sheet's, as its headings said
 * (docs/api.md#imports).
 *
 * @param ofActions whether it is an actions sheet: then only {@code actions} has rows
 */
public record UploadedSheet(
    boolean ofActions, List<SheetRow> indicators, List<ActionSheetRow> actions) {
  public UploadedSheet {
    indicators = List.copyOf(indicators);
    actions = List.copyOf(actions);
  }
}
