package org.councilperformance.interfaces.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.BiFunction;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;

/**
 * Reads path and query parameters into domain values at the edge, so resources and services never
 * handle raw codes. A value that cannot be read is a 400 problem naming the parameter (the runtime
 * wraps the converter's error; {@code WebApplicationExceptionMapper} unwraps it). An absent query
 * parameter stays null: the resource says whether it is required.
 */
@Provider
public class DomainValueConverters implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == PeriodCode.class) {
      return (ParamConverter<T>) new Converter<>(name, PeriodCode::parse);
    }
    if (rawType == Code.class) {
      return (ParamConverter<T>) new Converter<>(name, Code::of);
    }
    return null;
  }

  private static String parameterName(Annotation[] annotations) {
    if (annotations == null) {
      return null; // the runtime also asks when it writes a response header
    }
    for (Annotation a : annotations) {
      if (a instanceof PathParam path) {
        return path.value();
      }
      if (a instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  private record Converter<T>(String name, BiFunction<String, String, T> read)
      implements ParamConverter<T> {
    @Override
    public T fromString(String text) {
      return read.apply(text, name);
    }

    @Override
    public String toString(T value) {
      return value.toString();
    }
  }
}
