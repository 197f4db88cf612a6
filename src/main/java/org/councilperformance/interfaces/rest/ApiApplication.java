package org.councilperformance.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Council Performance API",
            version = "0.1",
            description =
                "Corporate performance management for UK local councils: plans, priorities,"
                    + " indicators, targets, actuals and red/amber/green status. Errors are"
                    + " application/problem+json naming the field at fault.",
            license = @License(name = "Apache-2.0")))
public class ApiApplication extends Application {}
