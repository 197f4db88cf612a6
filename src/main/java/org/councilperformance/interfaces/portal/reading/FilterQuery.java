package org.councilperformance.interfaces.portal.reading;

import jakarta.ws.rs.QueryParam;

/**
 * The filter's query parameters, as a reading page's GET form sends them ({@link ReadingFilter}).
 */
public class FilterQuery {
  @QueryParam("priority")
  private String priority;

  @QueryParam("directorate")
  private String directorate;

  @QueryParam("businessUnit")
  private String businessUnit;

  public ReadingFilter filter() {
    return ReadingFilter.of(priority, directorate, businessUnit);
  }
}
