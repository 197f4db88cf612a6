package org.councilperformance.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.PreconditionFailedException;
import org.councilperformance.domain.PreconditionRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {
  @Test
  void anAbsentHeaderIsNull() {
    assertNull(IfMatch.parse(null));
  }

  @Test
  void oneStrongTagMatchesItsVersionOnly() {
    IfMatch ifMatch = IfMatch.parse("\"7\"");
    assertTrue(ifMatch.matches("7"));
    assertFalse(ifMatch.matches("8"));
  }

  @Test
  void aListMatchesAnyOfItsTags() {
    IfMatch ifMatch = IfMatch.parse(" \"1\" ,\"2\",\t\"3\" ");
    assertEquals(List.of("1", "2", "3"), ifMatch.tags());
    assertTrue(ifMatch.matches("2"));
    assertFalse(ifMatch.matches("4"));
  }

  @Test
  void aWeakTagIsReadButNeverMatchesBecauseIfMatchComparesStrongly() {
    IfMatch ifMatch = IfMatch.parse("W/\"7\"");
    assertEquals(List.of("W/7"), ifMatch.tags());
    assertFalse(ifMatch.matches("7"));
    assertTrue(IfMatch.parse("W/\"7\", \"7\"").matches("7"));
  }

  @Test
  void aStarMatchesAnyStoredVersionButNotNothing() {
    IfMatch any = IfMatch.parse("*");
    assertTrue(any.matches("0"));
    assertTrue(any.matches("41"));
    assertFalse(any.matches(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "7",
        "\"7",
        "\"7\" \"8\"",
        "\"7\",",
        ",",
        "W/7",
        "**",
        "\"a b\"",
        "\"7\";x"
      })
  void garbageIsRefusedNamingTheHeader(String header) {
    MalformedValueException e =
        assertThrows(MalformedValueException.class, () -> IfMatch.parse(header));
    assertEquals("If-Match", e.field());
  }

  @Test
  void withoutTheHeaderAChangeProceedsUnlessAVersionIsRequired() {
    assertDoesNotThrow(() -> Preconditions.evaluate(null, false, "3"));
    PreconditionRequiredException e =
        assertThrows(
            PreconditionRequiredException.class, () -> Preconditions.evaluate(null, true, "3"));
    assertEquals("If-Match", e.field());
  }

  @Test
  void aStaleVersionFailsNamingTheCurrentOne() {
    PreconditionFailedException e =
        assertThrows(
            PreconditionFailedException.class,
            () -> Preconditions.evaluate(IfMatch.parse("\"2\""), false, "3"));
    assertEquals("3", e.currentVersion());
    assertTrue(e.getMessage().contains("someone else changed"));
  }

  @Test
  void aMatchingVersionProceedsEvenWhenRequired() {
    assertDoesNotThrow(() -> Preconditions.evaluate(IfMatch.parse("\"3\""), true, "3"));
  }

  @Test
  void anyVersionOfSomethingNotStoredFails() {
    PreconditionFailedException e =
        assertThrows(
            PreconditionFailedException.class,
            () -> Preconditions.evaluate(IfMatch.parse("*"), false, null));
    assertNull(e.currentVersion());
  }
}
