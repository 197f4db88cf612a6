package org.councilperformance.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodilessRequestFilterTest {
  @Test
  void aRequestWithoutLengthOrChunksLosesItsContentType() {
    assertThat(typeAfterFilter(Map.of("Content-Type", "text/plain"))).isNull();
  }

  @Test
  void aRequestOfLengthZeroLosesItsContentType() {
    assertThat(typeAfterFilter(Map.of("Content-Type", "application/json", "Content-Length", "0")))
        .isNull();
  }

  @Test
  void aRequestOfLengthOneKeepsItsContentType() {
    assertThat(typeAfterFilter(Map.of("Content-Type", "application/json", "Content-Length", "1")))
        .isEqualTo("application/json");
  }

  @Test
  void aPostWithoutABodyKeepsItsContentTypeSoItsResourceNamesWhatIsMissing() {
    assertThat(typeAfterFilter("POST", Map.of("Content-Type", "application/json")))
        .isEqualTo("application/json");
    assertThat(typeAfterFilter("PUT", Map.of("Content-Type", "application/json")))
        .isEqualTo("application/json");
  }

  @Test
  void aDeleteWithoutABodyLosesItsContentType() {
    assertThat(typeAfterFilter("DELETE", Map.of("Content-Type", "text/plain"))).isNull();
  }

  @Test
  void aChunkedRequestKeepsItsContentType() {
    assertThat(
            typeAfterFilter(
                Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked")))
        .isEqualTo("application/json");
  }

  /** The Content-Type left after the filter saw a GET with these headers. */
  private static String typeAfterFilter(Map<String, String> sent) {
    return typeAfterFilter("GET", sent);
  }

  /** The Content-Type left after the filter saw a request of this method with these headers. */
  private static String typeAfterFilter(String verb, Map<String, String> sent) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    sent.forEach(headers::putSingle);
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                BodilessRequestFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMethod" -> verb;
                      case "getHeaders" -> headers;
                      case "getHeaderString" -> headers.getFirst((String) args[0]);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    new BodilessRequestFilter().filter(request);
    return headers.getFirst("Content-Type");
  }
}
