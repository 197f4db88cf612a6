package org.councilperformance.interfaces.rest.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.interfaces.rest.ParameterSchemas;
import org.councilperformance.interfaces.rest.absence.AbsenceResource;
import org.councilperformance.interfaces.rest.access.SessionResource;
import org.councilperformance.interfaces.rest.access.SingleSignOnResource;
import org.councilperformance.interfaces.rest.access.TokenResource;
import org.councilperformance.interfaces.rest.access.UserResource;
import org.councilperformance.interfaces.rest.action.ActionResource;
import org.councilperformance.interfaces.rest.committee.AlertResource;
import org.councilperformance.interfaces.rest.committee.CalendarResource;
import org.councilperformance.interfaces.rest.committee.CommitteeResource;
import org.councilperformance.interfaces.rest.committee.DeliveryResource;
import org.councilperformance.interfaces.rest.committee.MeetingResource;
import org.councilperformance.interfaces.rest.committee.PackResource;
import org.councilperformance.interfaces.rest.contact.ContactCentreResource;
import org.councilperformance.interfaces.rest.finance.FinanceResource;
import org.councilperformance.interfaces.rest.imports.ImportResource;
import org.councilperformance.interfaces.rest.indicator.IndicatorResource;
import org.councilperformance.interfaces.rest.indicator.TrendResource;
import org.councilperformance.interfaces.rest.intervention.ExceptionResource;
import org.councilperformance.interfaces.rest.intervention.InterventionPlanResource;
import org.councilperformance.interfaces.rest.organisation.BusinessUnitResource;
import org.councilperformance.interfaces.rest.organisation.DirectorateResource;
import org.councilperformance.interfaces.rest.period.PeriodResource;
import org.councilperformance.interfaces.rest.plan.PlanResource;
import org.councilperformance.interfaces.rest.plan.PriorityResource;
import org.councilperformance.interfaces.rest.problem.Problem;
import org.councilperformance.interfaces.rest.quality.DataQualityResource;
import org.councilperformance.interfaces.rest.report.ReportResource;
import org.councilperformance.interfaces.rest.risk.RiskResource;
import org.councilperformance.interfaces.rest.summary.SummaryResource;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document Liberty generates from the resources (docs/api.md#openapi): the
 * scanner sees the request and response records only as empty objects, so this filter describes
 * every body from its record ({@link BodySchemas}), and lists on every operation the problem+json
 * answers it can give. Registered by {@code mp.openapi.filter} in
 * META-INF/microprofile-config.properties.
 */
public class ApiDocument implements OASFilter {
  /** Every JAX-RS resource; {@code ApiDocumentTest} fails when one is missing. */
  static final List<Class<?>> RESOURCES =
      List.of(
          AbsenceResource.class,
          ActionResource.class,
          AlertResource.class,
          BusinessUnitResource.class,
          CalendarResource.class,
          CommitteeResource.class,
          ContactCentreResource.class,
          DataQualityResource.class,
          DeliveryResource.class,
          DirectorateResource.class,
          ExceptionResource.class,
          FinanceResource.class,
          ImportResource.class,
          IndicatorResource.class,
          InterventionPlanResource.class,
          MeetingResource.class,
          PackResource.class,
          PeriodResource.class,
          PlanResource.class,
          PriorityResource.class,
          ReportResource.class,
          RiskResource.class,
          SessionResource.class,
          SingleSignOnResource.class,
          SummaryResource.class,
          TokenResource.class,
          TrendResource.class,
          UserResource.class);

  private static final String API_ROOT = "/api";

  /** What each error status means here (docs/api.md#errors), once for every operation. */
  private static final Map<String, String> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("400", "The request cannot be read; the field at fault is named.");
    ERRORS.put("401", "Not signed in, or the credentials are not recognised.");
    ERRORS.put("403", "The role or business unit does not allow it, or the CSRF token is missing.");
    ERRORS.put("404", "Nothing has the code, id or period asked for.");
    ERRORS.put("409", "A clash: taken code, a locked or published period, a step out of order.");
    ERRORS.put(
        "412",
        "Someone else changed it since the version in If-Match; the ETag header names the current"
            + " version when it is known.");
    ERRORS.put("413", "The body is larger than 256 KiB.");
    ERRORS.put("415", "The body is not application/json.");
    ERRORS.put("422", "A readable request that breaks a rule or a limit; the field is named.");
    ERRORS.put("428", "If-Match is required here and was not sent.");
    ERRORS.put("500", "A server fault; the answer quotes an incident id found in the server log.");
  }

  private final ParameterSchemas parameters = new ParameterSchemas();

  @Override
  public org.eclipse.microprofile.openapi.models.parameters.Parameter filterParameter(
      org.eclipse.microprofile.openapi.models.parameters.Parameter parameter) {
    return parameters.filterParameter(parameter);
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    parameters.filterOpenAPI(openApi);
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return; // not this application's document (Liberty filters each module's)
    }
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    BodySchemas schemas = new BodySchemas();
    Map<Operation, Method> operations = new LinkedHashMap<>();
    for (Class<?> resource : RESOURCES) {
      for (Method method : sorted(resource)) {
        String verb = httpMethod(method);
        if (verb == null) {
          continue;
        }
        PathItem item = openApi.getPaths().getPathItem(path(resource, method));
        Operation operation =
            item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
        if (operation == null) {
          throw new IllegalStateException(
              "the scanned document has no " + verb + " " + path(resource, method));
        }
        operations.put(operation, method);
        Class<?> body = bodyType(method);
        if (body != null && body.isRecord()) {
          schemas.request(body);
        }
        schemas.response(answerType(method));
      }
    }
    operations.forEach((operation, method) -> describe(operation, method, schemas));
    openApi.getComponents().setSchemas(new LinkedHashMap<>(schemas.components()));
    openApi.getComponents().addSchema(Problem.class.getSimpleName(), problemSchema());
    ERRORS.forEach(
        (status, meaning) ->
            openApi
                .getComponents()
                .addResponse(
                    "Problem" + status,
                    OASFactory.createAPIResponse()
                        .description(meaning)
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    Problem.MEDIA_TYPE.toString(),
                                    OASFactory.createMediaType()
                                        .schema(
                                            OASFactory.createSchema()
                                                .ref(BodySchemas.REF + "Problem"))))));
  }

  private static void describe(Operation operation, Method method, BodySchemas schemas) {
    Class<?> body = bodyType(method);
    if (body != null && !body.isRecord()) {
      // A sheet uploaded as it was saved (docs/api.md#imports), not JSON.
      operation.setRequestBody(
          OASFactory.createRequestBody()
              .required(true)
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          "text/csv",
                          OASFactory.createMediaType()
                              .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))));
    } else if (body != null) {
      operation.setRequestBody(
          OASFactory.createRequestBody()
              .required(true)
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          MediaType.APPLICATION_JSON,
                          OASFactory.createMediaType().schema(schemas.reference(body)))));
    }
    java.lang.reflect.Type answer = answerType(method);
    if (answer != null && answersJson(method)) {
      APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
      String status = declared == null ? "200" : declared.responseCode();
      APIResponse response =
          OASFactory.createAPIResponse()
              .description(declared == null ? "OK" : declared.responseDescription())
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          MediaType.APPLICATION_JSON,
                          OASFactory.createMediaType().schema(schemas.reference(answer))));
      operation.getResponses().removeAPIResponse("200");
      operation.getResponses().addAPIResponse(status, response);
    }
    for (String status : errorsOf(method, body != null)) {
      operation
          .getResponses()
          .addAPIResponse(
              status,
              OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
    }
  }

  /** The error answers an operation can give (docs/api.md#errors). */
  private static List<String> errorsOf(Method method, boolean hasBody) {
    boolean signingIn =
        method.getDeclaringClass() == SessionResource.class
            || method.getDeclaringClass() == SingleSignOnResource.class;
    boolean change = !httpMethod(method).equals("GET");
    boolean parameters =
        Arrays.stream(method.getParameters())
            .anyMatch(
                p ->
                    p.isAnnotationPresent(PathParam.class)
                        || p.isAnnotationPresent(QueryParam.class));
    boolean pathParameters =
        Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(PathParam.class));
    return ERRORS.keySet().stream()
        .filter(
            status ->
                switch (status) {
                  case "400" -> hasBody || parameters;
                  case "403" ->
                      !signingIn || method.getDeclaringClass() == SingleSignOnResource.class;
                  case "404" -> pathParameters || parameters;
                  case "409" -> change && !signingIn;
                  case "413", "415", "422" -> hasBody;
                  default -> true;
                })
        .toList();
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text)
            .required(List.of("field", "message"));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem; field names the request part at fault.")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty(
            "field", OASFactory.createSchema().type(Schema.SchemaType.STRING).nullable(true))
        .addProperty(
            "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
        .required(List.of("type", "title", "status", "detail", "field", "errors"));
  }

  private static List<Method> sorted(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /**
   * The document's path of a resource method: JAX-RS templates without their regular expressions.
   */
  static String path(Class<?> resource, Method method) {
    String path = API_ROOT + "/" + resource.getAnnotation(Path.class).value();
    Path sub = method.getAnnotation(Path.class);
    if (sub != null) {
      path += "/" + sub.value();
    }
    return withoutExpressions(path).replaceAll("/+", "/").replaceAll("/$", "");
  }

  /** {@code {code: [A-Z]{1,40}}} as {@code {code}}: a template's expression may hold braces. */
  private static String withoutExpressions(String path) {
    StringBuilder plain = new StringBuilder();
    int depth = 0;
    boolean inExpression = false;
    for (char c : path.toCharArray()) {
      if (c == '{' && depth++ == 0) {
        inExpression = false;
        plain.append(c);
      } else if (c == '}' && --depth == 0) {
        plain.append(c);
      } else if (depth == 1 && c == ':') {
        inExpression = true;
      } else if (!inExpression && !Character.isWhitespace(c)) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /**
   * The entity parameter: the one JAX-RS fills from the body rather than from the request's parts.
   */
  static Class<?> bodyType(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean fromRequestPart =
          Arrays.stream(parameter.getAnnotations())
              .anyMatch(
                  a ->
                      a instanceof PathParam
                          || a instanceof QueryParam
                          || a instanceof HeaderParam
                          || a instanceof CookieParam
                          || a instanceof FormParam
                          || a instanceof MatrixParam
                          || a instanceof BeanParam
                          || a instanceof Context);
      if (!fromRequestPart) {
        return parameter.getType();
      }
    }
    return null;
  }

  /** What a successful answer's body is: the return type, or what a {@link Response} declares. */
  static java.lang.reflect.Type answerType(Method method) {
    if (method.getReturnType() == Response.class) {
      APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
      return declared == null ? null : declared.value();
    }
    return method.getReturnType() == void.class ? null : method.getGenericReturnType();
  }

  private static boolean answersJson(Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = method.getDeclaringClass().getAnnotation(Produces.class);
    }
    return produces == null || Arrays.asList(produces.value()).contains(MediaType.APPLICATION_JSON);
  }
}
