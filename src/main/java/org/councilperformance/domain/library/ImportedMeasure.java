package org.councilperformance.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.indicator.Indicator;

/**
 * Which measure of which set a council's indicator was made from, and the version its definition
 * last came from (docs/libraries.md#importing). One per indicator, and one per measure of a set: a
 * set is imported once, then upgraded.
 */
@Entity
@Table(name = "imported_measure")
public class ImportedMeasure {
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false, unique = true)
  private Indicator indicator;

  @Column(name = "set_code", nullable = false, length = 20)
  private String set;

  @Column(name = "set_version", nullable = false, length = 20)
  private String setVersion;

  @Column(name = "measure_code", nullable = false, length = 40)
  private String measureCode;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "upgraded_at")
  private Instant upgradedAt;

  protected ImportedMeasure() {}

  public ImportedMeasure(
      Indicator indicator, MeasureLibrary library, LibraryMeasure measure, Instant at) {
    this.indicator = Objects.requireNonNull(indicator);
    this.set = library.set();
    this.setVersion = library.version();
    this.measureCode = measure.code();
    this.importedAt = Objects.requireNonNull(at);
  }

  /** Its definition now comes from {@code library}, a later version of the same set. */
  public void upgradeTo(MeasureLibrary library, Instant at) {
    if (!library.set().equals(set) || library.version().compareTo(setVersion) <= 0) {
      throw new IllegalArgumentException(
          set
              + " "
              + setVersion
              + " cannot be upgraded to "
              + library.set()
              + " "
              + library.version());
    }
    this.setVersion = library.version();
    this.upgradedAt = Objects.requireNonNull(at);
  }

  public Indicator indicator() {
    return indicator;
  }

  public String set() {
    return set;
  }

  public String setVersion() {
    return setVersion;
  }

  public String measureCode() {
    return measureCode;
  }

  public Instant importedAt() {
    return importedAt;
  }
}
