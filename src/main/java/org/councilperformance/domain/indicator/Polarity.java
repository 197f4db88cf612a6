package org.councilperformance.domain.indicator;

/** Which direction of an indicator's actual is good performance. */
public enum Polarity {
  HIGHER_IS_BETTER("higher is better"),
  LOWER_IS_BETTER("lower is better"),
  /** Reported for information; never given a red/amber/green status. */
  DATA_ONLY("data only");

  private final String words;

  Polarity(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
