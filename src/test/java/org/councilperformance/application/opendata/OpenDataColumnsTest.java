package org.councilperformance.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.junit.jupiter.api.Test;

/** The columns the code writes are the ones docs/open-data.md#columns documents, in its order. */
class OpenDataColumnsTest {
  @Test
  void theCodeWritesTheDocumentedColumnsInTheirOrderWithTheirTypes() {
    List<DocumentedColumns.Column> written =
        Arrays.stream(OpenDataColumn.values())
            .map(c -> new DocumentedColumns.Column(c.header(), c.type().name()))
            .toList();
    assertEquals(DocumentedColumns.read(), written);
  }

  @Test
  void everyTypeTheCodeUsesIsDocumented() {
    for (OpenDataColumn.Type type : OpenDataColumn.Type.values()) {
      assertTrue(DocumentedColumns.TYPES.containsKey(type.name()), type.name());
    }
  }

  /** A unit or polarity added to the domain must be documented, and allowed by the schema test. */
  @Test
  void theDocumentedUnitsAndPolaritiesAreTheDomainsOwn() {
    assertEquals(
        Arrays.stream(IndicatorUnit.values()).map(Enum::name).sorted().toList(),
        DocumentedColumns.documentedValues("UNIT").stream().sorted().toList());
    assertEquals(
        Arrays.stream(Polarity.values()).map(Enum::name).sorted().toList(),
        DocumentedColumns.documentedValues("POLARITY").stream().sorted().toList());
    for (IndicatorUnit unit : IndicatorUnit.values()) {
      assertTrue(DocumentedColumns.allows("UNIT", unit.name()), unit.name());
    }
    for (Polarity polarity : Polarity.values()) {
      assertTrue(DocumentedColumns.allows("POLARITY", polarity.name()), polarity.name());
    }
  }

  @Test
  void theDocumentedTypesRefuseWhatTheyDoNotAllow() {
    assertTrue(DocumentedColumns.allows("DATE", "2018-07-01"));
    assertFalse(DocumentedColumns.allows("DATE", "01/07/2018"));
    assertTrue(DocumentedColumns.allows("DECIMAL", "16.1"));
    assertTrue(DocumentedColumns.allows("DECIMAL", "-3"));
    assertFalse(DocumentedColumns.allows("DECIMAL", "16.100000"));
    assertFalse(DocumentedColumns.allows("DECIMAL", "1,250"));
    assertTrue(DocumentedColumns.allows("PERIOD", "2018-19-Q2"));
    assertFalse(DocumentedColumns.allows("PERIOD", "Q2 2018/19"));
    assertTrue(DocumentedColumns.allows("CODES", "BCC;VFM"));
    assertFalse(DocumentedColumns.allows("STATUS", "Green"));
  }
}
