package org.councilperformance.interfaces.opendata;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Open data (docs/open-data.md): published periods for anyone, without sign-in. Its own JAX-RS
 * application, so the API's access filter and the portal's sign-in do not apply, and its classes
 * answer only here, under any context root.
 */
@ApplicationPath("/open-data")
public class OpenDataApplication extends Application {
  /** Every resource; {@code ApplicationClassesTest} fails when one is missing. */
  public static final List<Class<?>> RESOURCES = List.of(OpenDataResource.class);

  /** Every provider: no sign-in, the rate limit, and one not-found for everything unpublished. */
  public static final List<Class<?>> PROVIDERS =
      List.of(OpenDataFilter.class, OpenDataErrors.class);

  @Override
  public Set<Class<?>> getClasses() {
    return Set.copyOf(Stream.concat(RESOURCES.stream(), PROVIDERS.stream()).toList());
  }
}
