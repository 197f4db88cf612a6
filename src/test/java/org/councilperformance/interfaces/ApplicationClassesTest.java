package org.councilperformance.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.councilperformance.interfaces.opendata.OpenDataApplication;
import org.councilperformance.interfaces.portal.PortalApplication;
import org.councilperformance.interfaces.rest.ApiApplication;
import org.councilperformance.interfaces.rest.DomainValueConverters;
import org.junit.jupiter.api.Test;

/**
 * The WAR holds two JAX-RS applications, so each lists its classes; one left out of its list would
 * silently not answer (docs/design.md#two-applications).
 */
class ApplicationClassesTest {
  @Test
  void theApiListsEveryResourceAndProviderOfItsPackage() throws Exception {
    assertEquals(
        annotated("org.councilperformance.interfaces.rest.", Path.class),
        new HashSet<>(ApiApplication.RESOURCES));
    assertEquals(
        annotated("org.councilperformance.interfaces.rest.", Provider.class),
        new HashSet<>(ApiApplication.PROVIDERS));
  }

  @Test
  void thePortalListsEveryPageAndProviderOfItsPackage() throws Exception {
    assertEquals(
        annotated("org.councilperformance.interfaces.portal.", Path.class),
        new HashSet<>(PortalApplication.RESOURCES));
    Set<Class<?>> providers =
        annotated("org.councilperformance.interfaces.portal.", Provider.class);
    providers.add(DomainValueConverters.class); // shared: path and query values read the same way
    assertEquals(providers, new HashSet<>(PortalApplication.PROVIDERS));
  }

  @Test
  void openDataListsEveryResourceAndProviderOfItsPackage() throws Exception {
    assertEquals(
        annotated("org.councilperformance.interfaces.opendata.", Path.class),
        new HashSet<>(OpenDataApplication.RESOURCES));
    assertEquals(
        annotated("org.councilperformance.interfaces.opendata.", Provider.class),
        new HashSet<>(OpenDataApplication.PROVIDERS));
  }

  private static Set<Class<?>> annotated(String packagePrefix, Class<? extends Annotation> marker)
      throws IOException, URISyntaxException {
    var classes =
        Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> found = new HashSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      List<java.nio.file.Path> all = files.filter(f -> f.toString().endsWith(".class")).toList();
      for (var file : all) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!name.startsWith(packagePrefix)) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, ApplicationClassesTest.class.getClassLoader());
          if (type.isAnnotationPresent(marker)) {
            found.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // a class needing what only the server provides; no resource is one
        }
      }
    }
    return found;
  }
}
