package org.councilperformance.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a body may hold: the limits of docs/api.md#limits, checked before anything is stored. */
class RequestBodyReaderTest {
  record Body(BigDecimal value, String commentary, LocalDate dueDate, List<String> tags) {}

  record Amount(String type, BigDecimal amount) {}

  record Line(String code, Amount amount) {}

  record Nested(String name, Amount tolerance, List<Line> lines) {}

  private static Body read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Body read(byte[] json) {
    return read(json, Body.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends Record> T read(byte[] json, Class<T> type) {
    Class raw = type;
    return (T)
        new RequestBodyReader()
            .readFrom(
                raw,
                raw,
                new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(),
                new ByteArrayInputStream(json));
  }

  private static void refused(String json, Class<? extends BusinessException> kind, String field) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(kind).extracting("field").isEqualTo(field);
  }

  @Test
  void aFigureAtTheLimitsIsKeptExactly() {
    assertThat(read("{\"value\": 9999999999999.999999}").value())
        .isEqualByComparingTo("9999999999999.999999");
    assertThat(read("{\"value\": -0.000001}").value()).isEqualByComparingTo("-0.000001");
    assertThat(read("{\"value\": 1.5000000000}").value()).isEqualByComparingTo("1.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E-9", "0.0000001", "1.1234567"})
  void aFigureWithMoreDecimalsThanKeptIsRefusedNotRounded(String number) {
    refused("{\"value\": " + number + "}", InvalidValueException.class, "value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e13", "-10000000000000", "1e308", "1e99999"})
  void aFigureTooLargeToKeepIsRefused(String number) {
    refused("{\"value\": " + number + "}", InvalidValueException.class, "value");
  }

  @Test
  void aTextOfUpTo65535BytesIsKeptAndALongerOneRefused() {
    String longest = "é".repeat(32_767) + "a"; // 65,535 bytes of UTF-8
    assertThat(read("{\"commentary\": \"" + longest + "\"}").commentary()).isEqualTo(longest);
    refused("{\"commentary\": \"" + longest + "a\"}", InvalidValueException.class, "commentary");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\uFFFE", "\\uFFFF", "\\uFDD0", "\\u0000", "\\u001B", "\\uD800"})
  void aCharacterNoDocumentCanCarryIsRefused(String escaped) {
    refused(
        "{\"commentary\": \"before" + escaped + "after\"}",
        InvalidValueException.class,
        "commentary");
    refused("{\"tags\": [\"ok\", \"x" + escaped + "\"]}", InvalidValueException.class, "tags[1]");
  }

  @Test
  void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreKept() {
    assertThat(read("{\"commentary\": \"a\\tb\\r\\nc 😀 ☆\"}").commentary())
        .isEqualTo("a\tb\r\nc 😀 ☆");
  }

  @Test
  void aDateOutsideTheYearsKeptIsRefused() {
    assertThat(read("{\"dueDate\": \"2999-12-31\"}").dueDate()).isEqualTo("2999-12-31");
    assertThat(read("{\"dueDate\": \"1900-01-01\"}").dueDate()).isEqualTo("1900-01-01");
    refused("{\"dueDate\": \"3000-01-01\"}", InvalidValueException.class, "dueDate");
    refused("{\"dueDate\": \"1899-12-31\"}", InvalidValueException.class, "dueDate");
    refused("{\"dueDate\": \"+999999999-12-31\"}", InvalidValueException.class, "dueDate");
  }

  @Test
  void deeplyNestedBodiesAreRefusedAsBadJson() {
    String deep = "{\"x\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}";
    refused(deep, MalformedValueException.class, "body");
    // Read as JSON, then refused for the field the body does not have, not as bad JSON.
    String shallow = "{\"x\": " + "[".repeat(20) + "]".repeat(20) + ", \"value\": 1}";
    refused(shallow, InvalidValueException.class, "x");
  }

  @Test
  void contentAfterTheDocumentIsRefusedNotIgnored() {
    refused("{\"value\": 1} {\"value\": 2}", MalformedValueException.class, "body");
    refused("{\"value\": 1} x", MalformedValueException.class, "body");
    assertThat(read("{\"value\": 1}\n  ").value()).isEqualByComparingTo("1");
  }

  @Test
  void anEmptyBodyIsRefusedAsBadJson() {
    refused("", MalformedValueException.class, "body");
  }

  private static void refusedNested(String json, String field, String message) {
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8), Nested.class))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(message)
        .extracting("field")
        .isEqualTo(field);
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsRefusedNamingItNotDropped() {
    refused(
        "{\"value\": 1, \"reportedStatuz\": \"GREEN\"}",
        InvalidValueException.class,
        "reportedStatuz");
    // Even a null one: a client sending it believes it means something.
    refused("{\"valeu\": null}", InvalidValueException.class, "valeu");
    // Names are matched exactly, as they are read.
    refused("{\"Value\": 1}", InvalidValueException.class, "Value");
  }

  @Test
  void aFieldANestedRecordDoesNotHaveIsRefusedWithItsPath() {
    refusedNested(
        "{\"name\": \"n\", \"tolerance\": {\"type\": \"ABSOLUTE\", \"amont\": 2}}",
        "tolerance.amont",
        "its fields are type, amount");
    refusedNested(
        "{\"lines\": [{\"code\": \"A\"}, {\"code\": \"B\", \"amount\": {\"extra\": 1}}]}",
        "lines[1].amount.extra",
        "lines[1].amount.extra is not a field of this request");
    refusedNested("{\"lines\": [{\"cod\": \"A\"}]}", "lines[0].cod", "its fields are code, amount");
  }

  @Test
  void aBodyWithOnlyKnownFieldsIsReadAtEveryDepth() {
    Nested nested =
        read(
            ("{\"name\": \"n\", \"tolerance\": {\"type\": \"T\", \"amount\": 2},"
                    + " \"lines\": [{\"code\": \"A\", \"amount\": {\"amount\": 1}}]}")
                .getBytes(StandardCharsets.UTF_8),
            Nested.class);
    assertThat(nested.tolerance().amount()).isEqualByComparingTo("2");
    assertThat(nested.lines().get(0).amount().amount()).isEqualByComparingTo("1");
  }

  @Test
  void anUnknownFieldNameIsShownShortAndReadable() {
    String longName = "x".repeat(200);
    refused("{\"" + longName + "\": 1}", InvalidValueException.class, "x".repeat(64) + "…");
    refused("{\"a\\u0000b\": 1}", InvalidValueException.class, "(an unreadable name)");
  }
}
