package org.councilperformance.interfaces.rest;

import java.util.Set;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Describes path and query parameters that {@link DomainValueConverters} reads into domain values
 * as what a client sends: plain strings, not the Java types behind them. Part of the document's
 * filter, {@code openapi.ApiDocument}.
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
  }

  private static boolean isReadFromText(String ref) {
    return ref != null && READ_FROM_TEXT.contains(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
