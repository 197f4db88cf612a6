package org.councilperformance.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one way a resource answers a successful create: 201, Location, and the new thing. */
public final class Created {
  private Created() {}

  public static Response at(UriInfo uriInfo, Object key, Object body) {
    return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(key)).build())
        .entity(body)
        .build();
  }
}
