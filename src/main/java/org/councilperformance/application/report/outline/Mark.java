package org.councilperformance.application.report.outline;

/**
 * A status or direction printed as shape and word ("◆ Red"), with the name of its colour in the
 * style library ("Status.RED") as decoration only: the words say it all.
 */
public record Mark(String text, String colour) {
  @Override
  public String toString() {
    return text;
  }
}
