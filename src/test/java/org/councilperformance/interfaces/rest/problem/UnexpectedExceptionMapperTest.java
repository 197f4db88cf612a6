package org.councilperformance.interfaces.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** A change that lost a race with another is a conflict (409), however Hibernate reports it. */
class UnexpectedExceptionMapperTest {
  @Test
  void aLostRaceIsRecognisedWhicheverWayItIsReported() {
    assertThat(UnexpectedExceptionMapper.lostARace(new OptimisticLockException("x"))).isTrue();
    // As thrown by the flush Hibernate makes before a query (seen locking a period under fuzzing).
    assertThat(
            UnexpectedExceptionMapper.lostARace(
                new StaleObjectStateException(
                    "org.councilperformance.domain.period.ReportingPeriod", "2018-19")))
        .isTrue();
  }

  @Test
  void otherPersistenceFailuresAreNot() {
    assertThat(UnexpectedExceptionMapper.lostARace(new PersistenceException("x"))).isFalse();
    assertThat(UnexpectedExceptionMapper.lostARace(new IllegalStateException("x"))).isFalse();
  }
}
