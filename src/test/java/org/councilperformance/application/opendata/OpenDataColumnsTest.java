package org.councilperformance.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
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
