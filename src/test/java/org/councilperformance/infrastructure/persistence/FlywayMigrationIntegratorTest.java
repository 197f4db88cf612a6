package org.councilperformance.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.infrastructure.persistence.FlywayMigrationIntegrator.newButForLibertysOwn;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlywayMigrationIntegratorTest {
  @Test
  void aDatabaseHoldingOnlyTablesLibertyMadeAtStartIsNew() {
    assertThat(newButForLibertysOwn(List.of("council_performance_sessions"))).isTrue();
    assertThat(newButForLibertysOwn(List.of("council_performance_sessions", "WLPTASK", "WLPPART")))
        .isTrue();
  }

  @Test
  void anEmptyDatabaseNeedsNoBaseline() {
    assertThat(newButForLibertysOwn(List.of())).isFalse();
  }

  @Test
  void aDatabaseWithAHistoryIsNotNew() {
    assertThat(
            newButForLibertysOwn(List.of("flyway_schema_history", "council_performance_sessions")))
        .isFalse();
  }

  @Test
  void anyOtherTableMeansSomeoneElsesDatabase() {
    assertThat(newButForLibertysOwn(List.of("council_performance_sessions", "customers")))
        .isFalse();
  }
}
