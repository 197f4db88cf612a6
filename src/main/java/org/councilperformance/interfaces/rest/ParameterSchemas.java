package org.councilperformance.interfaces.rest;

import java.util.List;
import java.util.Set;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes path and query parameters that {@link DomainValueConverters} reads into domain values
 * as what a client sends: plain strings, not the Java types behind them; and the If-Match header
 * and 412/428 answers of every change to a versioned resource. Part of the document's filter,
 * {@code openapi.ApiDocument}.
 */
public class ParameterSchemas implements OASFilter {
  private static final Set<String> READ_FROM_TEXT =
      Set.of(PeriodCode.class.getSimpleName(), Code.class.getSimpleName());

  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getSchema() != null && isReadFromText(parameter.getSchema().getRef())) {
      parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }
    return parameter;
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
      READ_FROM_TEXT.forEach(openApi.getComponents()::removeSchema);
    }
    if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
      openApi.getPaths().getPathItems().forEach(ParameterSchemas::describeVersions);
    }
  }

  /**
   * Every PUT and DELETE but signing out changes a versioned resource (Preconditions): it takes
   * If-Match and may answer 412 or 428 (docs/api.md#versions-and-lost-updates).
   */
  private static void describeVersions(String path, PathItem item) {
    if (path.endsWith("/session")) {
      return;
    }
    for (Operation operation : new Operation[] {item.getPUT(), item.getDELETE()}) {
      if (operation == null) {
        continue;
      }
      operation.addParameter(
          OASFactory.createParameter()
              .name(IfMatch.HEADER)
              .in(Parameter.In.HEADER)
              .required(false)
              .description(
                  "The ETag this change edits, e.g. \"7\", or * for any stored version. Stale:"
                      + " 412. Left out: the change proceeds, except where a version is required"
                      + " (428).")
              .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
      if (operation.getResponses() == null) {
        operation.setResponses(OASFactory.createAPIResponses());
      }
      // The answers themselves are described once, as problem+json (openapi.ApiDocument).
      for (String status : List.of("412", "428")) {
        operation
            .getResponses()
            .addAPIResponse(
                status,
                OASFactory.createAPIResponse().ref("#/components/responses/Problem" + status));
      }
    }
  }

  private static boolean isReadFromText(String ref) {
    return ref != null && READ_FROM_TEXT.contains(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
