package org.councilperformance.infrastructure.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every {@code .jrxml} under reports/ to
 * a {@code .jasper} beside the classes and copies the style library. The server only ever loads
 * what this compiled, so a template that does not compile fails the build, not a committee's pack.
 */
public final class ReportTemplateCompiler {
  private ReportTemplateCompiler() {}

  public static void main(String[] args) throws IOException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> files;
    try (Stream<Path> listing = Files.list(source)) {
      files = listing.sorted().toList();
    }
    int failures = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".jrtx")) {
        Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      } else if (name.endsWith(".jrxml")) {
        Path compiled = target.resolve(name.replace(".jrxml", ".jasper"));
        try {
          JasperCompileManager.compileReportToFile(file.toString(), compiled.toString());
        } catch (JRException | RuntimeException e) {
          failures++;
          System.err.println("reports/" + name + ": " + e.getMessage());
        }
      }
    }
    if (failures > 0) {
      System.err.println(failures + " report template(s) did not compile");
      System.exit(1);
    }
  }
}
