package org.councilperformance.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/**
 * Keeps a supplied figure exactly as printed, scale included — 2.30 stays 2.30 — so that checks can
 * round to the precision it was printed with. A DECIMAL column would pad every figure to the
 * column's scale.
 */
@Converter
public class PrintedDecimalConverter implements AttributeConverter<BigDecimal, String> {
  @Override
  public String convertToDatabaseColumn(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  @Override
  public BigDecimal convertToEntityAttribute(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
