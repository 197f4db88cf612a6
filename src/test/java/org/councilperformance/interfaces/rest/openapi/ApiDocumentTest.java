package org.councilperformance.interfaces.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.interfaces.rest.finance.FinanceResource;
import org.junit.jupiter.api.Test;

class ApiDocumentTest {
  @Test
  void aPathIsWrittenWithoutItsTemplateExpressions() throws NoSuchMethodException {
    var method =
        Stream.of(FinanceResource.class.getDeclaredMethods())
            .filter(m -> m.getName().equals("putCapital"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "/api/finance/{period}/capital/{code}", ApiDocument.path(FinanceResource.class, method));
  }

  @Test
  void theDocumentedTextPatternAcceptsWhatTheLimitsAcceptInTheFirstPlane() {
    Pattern printable = Pattern.compile(BodySchemas.PRINTABLE);
    List<String> disagreements = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue; // lone surrogates: the pattern cannot name them (BodySchemas.TEXT_RULE does)
      }
      String text = "a" + c;
      boolean accepted;
      try {
        Limits.text(text, "text");
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      if (accepted != printable.matcher(text).matches()) {
        disagreements.add(String.format("U+%04X", (int) c));
      }
    }
    assertEquals(List.of(), disagreements);
  }
}
