package org.councilperformance.interfaces.rest.openapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.councilperformance.domain.Limits;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of every request and response record, read from the record itself: its components are
 * the JSON properties (JSON-B writes them under their own names, absent ones as null), their
 * bean-validation annotations the documented constraints, and {@link Limits} the limits {@code
 * RequestBodyReader} enforces on every value it reads. Nothing is written twice, so the document
 * cannot drift from what the API reads and answers (docs/api.md#limits).
 */
final class BodySchemas {
  /** A component schema's reference prefix. */
  static final String REF = "#/components/schemas/";

  /**
   * The characters {@link Limits#text} accepts, as far as a regular expression over UTF-16 can say
   * (no control characters but tab and line breaks, no non-characters of the first plane); lone
   * surrogates and the non-characters of later planes are refused too (see the description).
   */
  static final String PRINTABLE =
      "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$";

  static final String TEXT_RULE =
      "At most "
          + Limits.TEXT_BYTES
          + " bytes of UTF-8; no control characters but tab and line breaks, no lone surrogates,"
          + " no Unicode non-characters (U+FFFE, U+FFFF, U+FDD0-U+FDEF, U+nFFFE, U+nFFFF).";

  static final String FIGURE_RULE =
      "A figure: at most "
          + Limits.FIGURE_WHOLE_DIGITS
          + " digits before the point and "
          + Limits.FIGURE_DECIMALS
          + " after; more decimals are refused, never rounded.";

  static final String DATE_RULE =
      "YYYY-MM-DD, a real date from " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE + ".";

  private static final BigDecimal FIGURE_MAXIMUM =
      BigDecimal.TEN
          .pow(Limits.FIGURE_WHOLE_DIGITS)
          .subtract(BigDecimal.ONE.movePointLeft(Limits.FIGURE_DECIMALS));

  /** Records, and generic records with their type arguments ({@code Saved<RevenueView>}). */
  private final Set<Type> requestRecords = new LinkedHashSet<>();

  private final Set<Type> responseRecords = new LinkedHashSet<>();

  /** Registers a request body's record and every record inside it. */
  void request(Class<?> record) {
    collect(record, requestRecords);
  }

  /** Registers a response's type (a record, or a list of records) and every record inside it. */
  void response(Type type) {
    Type record = type == null ? null : recordOf(type);
    if (record != null) {
      collect(record, responseRecords);
    }
  }

  private static Type recordOf(Type type) {
    Class<?> raw = raw(type);
    if (raw.isRecord()) {
      return type;
    }
    if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw)) {
      return recordOf(p.getActualTypeArguments()[0]);
    }
    if (raw.isArray()) {
      return recordOf(raw.getComponentType());
    }
    return null;
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** A component's type with the record's type variables replaced by its type arguments. */
  private static Type resolved(RecordComponent component, Type record) {
    Type type = component.getGenericType();
    if (type instanceof TypeVariable<?> variable && record instanceof ParameterizedType p) {
      TypeVariable<?>[] parameters = raw(record).getTypeParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getName().equals(variable.getName())) {
          return p.getActualTypeArguments()[i];
        }
      }
    }
    return type;
  }

  private void collect(Type record, Set<Type> into) {
    if (!into.add(record)) {
      return;
    }
    for (RecordComponent component : raw(record).getRecordComponents()) {
      Type nested = recordOf(resolved(component, record));
      if (nested != null) {
        collect(nested, into);
      }
    }
  }

  /**
   * The component name of a record: its simple name, or, where two records share one, that name
   * after its resource's concept (the {@code PlanView} of intervention plans is {@code
   * InterventionPlanPlanView}).
   */
  String name(Type type) {
    if (type instanceof ParameterizedType p) {
      StringBuilder name = new StringBuilder(name(p.getRawType()));
      Arrays.stream(p.getActualTypeArguments()).forEach(argument -> name.append(name(argument)));
      return name.toString();
    }
    Class<?> record = (Class<?>) type;
    String simple = record.getSimpleName();
    long sharing =
        allRecords().stream()
            .map(BodySchemas::raw)
            .distinct()
            .filter(r -> r.getSimpleName().equals(simple))
            .count();
    if (sharing < 2 || record.getEnclosingClass() == null) {
      return simple;
    }
    String concept = record.getEnclosingClass().getSimpleName().replaceAll("(Resource|Views)$", "");
    return simple.startsWith(concept) ? simple : concept + simple;
  }

  private Set<Type> allRecords() {
    Set<Type> all = new LinkedHashSet<>(requestRecords);
    all.addAll(responseRecords);
    return all;
  }

  /**
   * A reference to the schema of a body type: a record, or a list of records (an array where a
   * {@code Response}'s {@code @APIResponseSchema} must name the list as a class).
   */
  Schema reference(Type type) {
    if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw(type))) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(reference(p.getActualTypeArguments()[0]));
    }
    if (type instanceof Class<?> c && c.isArray()) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(reference(c.getComponentType()));
    }
    return OASFactory.createSchema().ref(REF + name(type));
  }

  /** Every registered record's schema by component name, in name order. */
  Map<String, Schema> components() {
    Map<String, Schema> schemas = new TreeMap<>();
    for (Type record : allRecords()) {
      schemas.put(name(record), object(record, requestRecords.contains(record)));
    }
    return schemas;
  }

  /**
   * A record as a JSON object. A request record requires what its annotations require and takes no
   * other property; an answer always carries every property, null where there is no value.
   */
  private Schema object(Type record, boolean read) {
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : raw(record).getRecordComponents()) {
      // Bean-validation constraints are type annotations: a record component carries them on its
      // type, not on itself.
      AnnotatedType annotated = component.getAnnotatedType();
      properties.put(component.getName(), property(annotated, resolved(component, record), read));
      if (!read || requires(annotated)) {
        required.add(component.getName());
      }
    }
    schema.setProperties(properties);
    schema.setRequired(required);
    if (read) {
      // RequestBodyReader refuses any other property (422 naming it; docs/api.md#errors).
      schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
    }
    return schema;
  }

  private static boolean requires(AnnotatedElement element) {
    return element.isAnnotationPresent(NotNull.class)
        || element.isAnnotationPresent(NotBlank.class)
        || element.isAnnotationPresent(NotEmpty.class);
  }

  private Schema property(AnnotatedType annotated, Type type, boolean read) {
    AnnotatedElement onComponent = annotated;
    Class<?> raw = raw(type);
    Schema schema = OASFactory.createSchema();
    if (raw.isRecord()) {
      return schema.ref(REF + name(type));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      AnnotatedType element =
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      schema.type(SchemaType.ARRAY).items(property(element, element.getType(), read));
      Size size = onComponent.getAnnotation(Size.class);
      if (size != null) {
        schema.minItems(size.min() > 0 ? size.min() : null);
        schema.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
      }
    } else if (raw.isEnum()) {
      schema
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(raw.getEnumConstants())
                  .map(c -> (Object) ((Enum<?>) c).name())
                  .toList());
    } else if (raw == String.class) {
      text(schema, onComponent, read);
    } else if (raw == BigDecimal.class) {
      schema.type(SchemaType.NUMBER).format("decimal");
      if (read) {
        schema
            .minimum(FIGURE_MAXIMUM.negate())
            .maximum(FIGURE_MAXIMUM)
            .multipleOf(BigDecimal.ONE.movePointLeft(Limits.FIGURE_DECIMALS))
            .description(FIGURE_RULE);
      }
    } else if (raw == Integer.class || raw == int.class) {
      schema.type(SchemaType.INTEGER).format("int32");
    } else if (raw == Long.class || raw == long.class) {
      schema.type(SchemaType.INTEGER).format("int64");
    } else if (raw == Boolean.class || raw == boolean.class) {
      schema.type(SchemaType.BOOLEAN);
    } else if (raw == LocalDate.class) {
      schema.type(SchemaType.STRING).format("date");
      if (read) {
        schema.description(DATE_RULE);
      }
    } else if (raw == Instant.class) {
      schema.type(SchemaType.STRING).format("date-time");
    } else if (raw == LocalDateTime.class) {
      // A meeting's wall-clock time in England, without an offset: not RFC 3339's date-time.
      schema
          .type(SchemaType.STRING)
          .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
      if (read) {
        schema.description("a local date and time in England, e.g. 2026-10-15T18:30");
      }
    } else {
      throw new IllegalStateException("no JSON schema for " + raw.getName());
    }
    bounds(schema, onComponent);
    if (!read && !raw.isPrimitive()) {
      schema.nullable(true);
    }
    return schema;
  }

  private static void text(Schema schema, AnnotatedElement on, boolean read) {
    schema.type(SchemaType.STRING);
    if (!read) {
      return;
    }
    Size size = on.getAnnotation(Size.class);
    // A character takes at least one byte, so the byte limit bounds the length too.
    int max = Limits.TEXT_BYTES;
    if (size != null) {
      max = Math.min(max, size.max());
      schema.minLength(size.min() > 0 ? size.min() : null);
    }
    if (on.isAnnotationPresent(NotBlank.class) && schema.getMinLength() == null) {
      schema.minLength(1);
    }
    schema.maxLength(max);
    Pattern pattern = on.getAnnotation(Pattern.class);
    schema.pattern(pattern != null ? "^" + pattern.regexp() + "$" : PRINTABLE);
    schema.description(TEXT_RULE);
  }

  private static void bounds(Schema schema, AnnotatedElement on) {
    Min min = on.getAnnotation(Min.class);
    Max max = on.getAnnotation(Max.class);
    DecimalMin decimalMin = on.getAnnotation(DecimalMin.class);
    DecimalMax decimalMax = on.getAnnotation(DecimalMax.class);
    if (min != null) {
      schema.minimum(BigDecimal.valueOf(min.value()));
    }
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max.value()));
    }
    if (decimalMin != null) {
      schema.minimum(new BigDecimal(decimalMin.value()));
      schema.exclusiveMinimum(decimalMin.inclusive() ? null : true);
    }
    if (decimalMax != null) {
      schema.maximum(new BigDecimal(decimalMax.value()));
      schema.exclusiveMaximum(decimalMax.inclusive() ? null : true);
    }
  }
}
