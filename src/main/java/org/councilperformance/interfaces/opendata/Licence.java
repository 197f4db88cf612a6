package org.councilperformance.interfaces.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The licence the open data is published under: the Open Government Licence v3.0 unless the council
 * sets another in the fragment's variables (docs/operations.md#open-data-licence).
 */
@ApplicationScoped
public class Licence {
  static final String OGL = "Open Government Licence v3.0";
  static final String OGL_URL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

  private final String name;
  private final String url;

  @Inject
  public Licence(
      @ConfigProperty(name = "council.performance.opendata.licence.name", defaultValue = OGL)
          String name,
      @ConfigProperty(name = "council.performance.opendata.licence.url", defaultValue = OGL_URL)
          String url) {
    this.name = name == null || name.isBlank() ? OGL : name.strip();
    this.url = url == null || url.isBlank() ? OGL_URL : url.strip();
  }

  /** For CDI's client proxy only. */
  protected Licence() {
    this(OGL, OGL_URL);
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  /** The {@code Link} header naming the licence, for files that cannot say it themselves. */
  public String linkHeader() {
    return "<" + url + ">; rel=\"license\"; title=\"" + name.replace("\"", "'") + "\"";
  }
}
