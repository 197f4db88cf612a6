package org.councilperformance.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.PayloadTooLargeException;

/**
 * Reads every JSON request body into its record, one property at a time, so that a value of the
 * wrong type is reported against its own field ("tolerance.amount must be a number") instead of a
 * binder's internal message, and so that nothing is coerced: a number must be a JSON number, a code
 * a JSON string. Request records hold only strings, numbers, enums, lists of strings and nested
 * records; anything else is a programming error caught by the first test that sends it. A field the
 * record does not have is refused (422 naming it), at any depth, never silently dropped: a misspelt
 * or newer field must not be answered 200 as if it had been kept (docs/api.md#errors).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RequestBodyReader implements MessageBodyReader<Record> {
  /** Far above any real request (a full indicator definition is a few KiB), far below harm. */
  static final long MAX_BODY_BYTES = 256 * 1024;

  /** Far deeper than any request record, far shallower than a parser's own limits. */
  static final int MAX_DEPTH = 32;

  private static final JsonParserFactory PARSERS =
      Json.createParserFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    if (declaredLength(httpHeaders) > MAX_BODY_BYTES) {
      throw new PayloadTooLargeException(MAX_BODY_BYTES);
    }
    JsonValue body;
    try (JsonParser parser = PARSERS.createParser(new BoundedInputStream(entityStream))) {
      parser.next();
      body = parser.getValue();
      if (parser.hasNext()) { // Parsson reports most trailing content here as a parsing error
        throw new MalformedValueException("body", "the body has content after its JSON document");
      }
    } catch (JsonParsingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber();
      throw new MalformedValueException("body", "the body is not valid JSON" + where);
    } catch (PayloadTooLargeException | MalformedValueException e) {
      throw e;
    } catch (java.util.NoSuchElementException e) {
      throw new MalformedValueException("body", "the body is empty or not valid JSON");
    } catch (JsonException e) {
      if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
        throw tooLarge;
      }
      throw new MalformedValueException("body", "the body is empty or not valid JSON");
    } catch (RuntimeException e) {
      // Parsson refuses input deeper than MAX_DEPTH with a bare RuntimeException.
      throw new MalformedValueException(
          "body", "the body is not valid JSON or is nested more than " + MAX_DEPTH + " deep");
    }
    if (!(body instanceof JsonObject object)) {
      throw new MalformedValueException("body", "the body must be a JSON object");
    }
    return bind(type, object, "");
  }

  private static long declaredLength(MultivaluedMap<String, String> headers) {
    try {
      String length = headers.getFirst("Content-Length");
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // the bounded stream still stops an oversized body
    }
  }

  private <T> T bind(Class<T> type, JsonObject object, String prefix) {
    RecordComponent[] components = type.getRecordComponents();
    refuseUnknownFields(components, object, prefix);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String field = prefix + component.getName();
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      values[i] = convert(component.getType(), component.getGenericType(), value, field);
    }
    try {
      return type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
          .newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /**
   * The body's own keys are compared with the record's component names, which are its JSON names
   * here: request records carry no JSON-B renaming, and this reader binds by component name.
   */
  private static void refuseUnknownFields(
      RecordComponent[] components, JsonObject object, String prefix) {
    List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
    String unknown =
        object.keySet().stream().filter(k -> !known.contains(k)).sorted().findFirst().orElse(null);
    if (unknown == null) {
      return;
    }
    String field = prefix + shown(unknown);
    throw new InvalidValueException(
        field,
        field
            + " is not a field of this request; "
            + (known.isEmpty() ? "it takes none" : "its fields are " + String.join(", ", known)));
  }

  /** A field name fit to echo in the answer: not a page of text, no character JSON cannot show. */
  private static String shown(String name) {
    String cut = name.length() > 64 ? name.substring(0, 64) + "…" : name;
    return cut.codePoints().allMatch(c -> c >= 0x20 && (c < 0xD800 || c > 0xDFFF))
        ? cut
        : "(an unreadable name)";
  }

  private Object convert(Class<?> type, Type genericType, JsonValue value, String field) {
    if (type.isRecord()) {
      if (!(value instanceof JsonObject nested)) {
        throw new MalformedValueException(field, field + " must be a JSON object");
      }
      return bind(type, nested, field + ".");
    }
    if (type.isEnum()) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      if (value instanceof JsonString text) {
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(text.getString())) {
            return constant;
          }
        }
      }
      throw new MalformedValueException(field, field + " must be one of " + allowed);
    }
    if (type == String.class) {
      if (value instanceof JsonString text) {
        return Limits.text(text.getString(), field);
      }
      throw new MalformedValueException(field, field + " must be a text string");
    }
    if (type == Boolean.class) {
      if (value.getValueType() == JsonValue.ValueType.TRUE) {
        return Boolean.TRUE;
      }
      if (value.getValueType() == JsonValue.ValueType.FALSE) {
        return Boolean.FALSE;
      }
      throw new MalformedValueException(field, field + " must be true or false");
    }
    if (type == LocalDate.class) {
      // ISO_LOCAL_DATE resolves strictly: 2019-04-31 is refused, not moved to 1 May.
      if (value instanceof JsonString text) {
        try {
          return Limits.date(LocalDate.parse(text.getString()), field);
        } catch (DateTimeParseException e) {
          throw new MalformedValueException(
              field, field + " must be a real date as YYYY-MM-DD, not '" + text.getString() + "'");
        }
      }
      throw new MalformedValueException(field, field + " must be a date as YYYY-MM-DD");
    }
    if (type == LocalDateTime.class) {
      // A meeting's local time in England, e.g. 2026-07-16T18:30, no offset.
      if (value instanceof JsonString text) {
        try {
          LocalDateTime time = LocalDateTime.parse(text.getString());
          Limits.date(time.toLocalDate(), field);
          return time;
        } catch (DateTimeParseException e) {
          throw new MalformedValueException(
              field,
              field
                  + " must be a local date and time as YYYY-MM-DDThh:mm, not '"
                  + text.getString()
                  + "'");
        }
      }
      throw new MalformedValueException(
          field, field + " must be a date and time as YYYY-MM-DDThh:mm");
    }
    if (Number.class.isAssignableFrom(type)) {
      if (value instanceof JsonNumber number) {
        try {
          if (type == BigDecimal.class) {
            return Limits.figure(number.bigDecimalValue(), field);
          }
          if (type == Integer.class) {
            return number.intValueExact();
          }
          if (type == Long.class) {
            return number.longValueExact();
          }
        } catch (ArithmeticException e) {
          throw new MalformedValueException(field, field + " must be a whole number in range");
        } catch (NumberFormatException | JsonException e) {
          // e.g. 1e99999: more digits than any figure could hold
          throw new InvalidValueException(field, field + " is not a number the product can hold");
        }
      }
      throw new MalformedValueException(field, field + " must be a number");
    }
    if (Collection.class.isAssignableFrom(type)) {
      Type element =
          genericType instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
      if (element instanceof Class<?> item && item != String.class) {
        if (!(value instanceof JsonArray array)) {
          throw new MalformedValueException(
              field,
              field + (item.isRecord() ? " must be a list of JSON objects" : " must be a list"));
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
          items.add(convert(item, item, array.get(i), field + "[" + i + "]"));
        }
        return items;
      }
      if (value instanceof JsonArray array
          && array.stream().allMatch(JsonString.class::isInstance)) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
          texts.add(Limits.text(array.getString(i), field + "[" + i + "]"));
        }
        return texts;
      }
      throw new MalformedValueException(field, field + " must be a list of text strings");
    }
    throw new IllegalStateException("no JSON reading for " + type.getName() + " in " + field);
  }

  /** Stops reading a body sent without a length (chunked) once it passes the limit. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long remaining = MAX_BODY_BYTES;

    BoundedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw new PayloadTooLargeException(MAX_BODY_BYTES);
      }
    }
  }
}
