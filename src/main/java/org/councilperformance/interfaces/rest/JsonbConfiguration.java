package org.councilperformance.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API promises it: absent values are written as null (a client can tell "no actual"
 * from "field not supported"). Views that people read fix their property order with
 * {@code @JsonbPropertyOrder}; others list properties alphabetically.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
