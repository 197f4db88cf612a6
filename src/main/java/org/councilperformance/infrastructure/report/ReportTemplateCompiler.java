package org.councilperformance.infrastructure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every {@code .jrxml} under reports/ to
 * a {@code .jasper} beside the classes and copies the style library. The server only ever loads
 * what this compiled, so a template that does not compile fails the build, not a committee's pack.
 *
 * <p>When nothing changed since the last build, every template is left as it is: compiling all of
 * them cost about 5 s of each start of the run command (docs/benchmarks.md#server-start).
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
    if (upToDate(files, target, newestClass(target.getParent()))) {
      System.out.println("Report templates are up to date");
      return;
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

  /**
   * Whether every template's compiled file is newer than the template and than every class of the
   * build (a template's expressions call the project's classes, so any recompiled class compiles
   * the templates again); the style library copied is no older than its source.
   */
  static boolean upToDate(List<Path> sources, Path target, FileTime newestClass)
      throws IOException {
    for (Path file : sources) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".jrxml") && !name.endsWith(".jrtx")) {
        continue;
      }
      Path built = target.resolve(name.replace(".jrxml", ".jasper"));
      if (!Files.exists(built)) {
        return false;
      }
      FileTime time = Files.getLastModifiedTime(built);
      if (time.compareTo(Files.getLastModifiedTime(file)) < 0
          || (name.endsWith(".jrxml") && time.compareTo(newestClass) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** The newest .class file under the build's classes. */
  static FileTime newestClass(Path classes) throws IOException {
    try (Stream<Path> walk = Files.walk(classes)) {
      return walk.filter(f -> f.toString().endsWith(".class"))
          .map(ReportTemplateCompiler::modified)
          .max(FileTime::compareTo)
          .orElse(FileTime.fromMillis(0));
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
