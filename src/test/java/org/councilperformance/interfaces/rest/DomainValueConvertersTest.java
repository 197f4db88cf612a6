package org.councilperformance.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.junit.jupiter.api.Test;

class DomainValueConvertersTest {
  private final DomainValueConverters converters = new DomainValueConverters();

  /** Stands for a resource method: its parameters carry the annotations the runtime passes. */
  @SuppressWarnings("unused")
  private static void resource(
      @QueryParam("period") PeriodCode period,
      @PathParam("year") PeriodCode year,
      @PathParam("code") Code code,
      @HeaderParam("X-Period") PeriodCode header) {}

  private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
    Method m =
        DomainValueConvertersTest.class.getDeclaredMethod(
            "resource", PeriodCode.class, PeriodCode.class, Code.class, PeriodCode.class);
    return m.getParameterAnnotations()[parameter];
  }

  @Test
  void aPeriodIsReadAndRemembersItsParameter() throws Exception {
    PeriodCode period =
        converters
            .getConverter(PeriodCode.class, PeriodCode.class, annotationsOf(0))
            .fromString("2018-19-Q2");
    assertThat(period).isEqualTo(new PeriodCode(2018, 2));
    assertThat(period.source()).isEqualTo("period");
  }

  @Test
  void aPeriodThatCannotBeReadNamesItsParameter() throws Exception {
    var converter = converters.getConverter(PeriodCode.class, PeriodCode.class, annotationsOf(1));
    assertThatThrownBy(() -> converter.fromString("2018-Q7"))
        .isInstanceOf(MalformedValueException.class)
        .extracting("field")
        .isEqualTo("year");
  }

  @Test
  void aCodeIsTakenAsGivenWithItsParameter() throws Exception {
    Code code =
        converters.getConverter(Code.class, Code.class, annotationsOf(2)).fromString("HC-PI-01");
    assertThat(code.value()).isEqualTo("HC-PI-01");
    assertThat(code.source()).isEqualTo("code");
  }

  @Test
  void otherTypesAndOtherKindsOfParameterAreLeftToTheRuntime() throws Exception {
    assertThat(converters.getConverter(String.class, String.class, annotationsOf(0))).isNull();
    assertThat(converters.getConverter(PeriodCode.class, PeriodCode.class, annotationsOf(3)))
        .isNull();
  }
}
