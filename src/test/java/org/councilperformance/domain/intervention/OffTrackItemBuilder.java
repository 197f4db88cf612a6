package org.councilperformance.domain.intervention;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * An item of the exception report for a test: named "Name {code}" unless the test names it, in no
 * business unit, without commentary, plans, printed status or missing figure until the test gives
 * them.
 */
public final class OffTrackItemBuilder {
  private final OffTrackItem.Kind kind;
  private final String code;
  private final RagStatus status;
  private String name;
  private String businessUnit;
  private String commentary;
  private RagStatus reportedStatus;
  private String missing;
  private final List<InterventionPlan> plans = new ArrayList<>();

  private OffTrackItemBuilder(OffTrackItem.Kind kind, String code, RagStatus status) {
    this.kind = kind;
    this.code = code;
    this.status = status;
    this.name = "Name " + code;
  }

  public static OffTrackItemBuilder offTrackIndicator(String code, RagStatus status) {
    return new OffTrackItemBuilder(OffTrackItem.Kind.INDICATOR, code, status);
  }

  public static OffTrackItemBuilder offTrackAction(String code, RagStatus status) {
    return new OffTrackItemBuilder(OffTrackItem.Kind.ACTION, code, status);
  }

  public OffTrackItemBuilder name(String name) {
    this.name = name;
    return this;
  }

  public OffTrackItemBuilder businessUnit(String name) {
    this.businessUnit = name;
    return this;
  }

  public OffTrackItemBuilder commentary(String text) {
    this.commentary = text;
    return this;
  }

  public OffTrackItemBuilder reportedStatus(RagStatus printed) {
    this.reportedStatus = printed;
    return this;
  }

  public OffTrackItemBuilder missing(String whatIsMissing) {
    this.missing = whatIsMissing;
    return this;
  }

  public OffTrackItemBuilder plans(InterventionPlan... plans) {
    this.plans.addAll(List.of(plans));
    return this;
  }

  public OffTrackItem build() {
    return new OffTrackItem(
        kind,
        code,
        name,
        businessUnit,
        status,
        commentary,
        List.copyOf(plans),
        businessUnit,
        reportedStatus,
        missing);
  }
}
