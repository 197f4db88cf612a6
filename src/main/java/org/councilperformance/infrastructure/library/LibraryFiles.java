package org.councilperformance.infrastructure.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.councilperformance.application.MeasureLibraries;
import org.councilperformance.domain.library.MeasureLibrary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library data files: those listed in {@code libraries/index.txt} in the WAR (a listing,
 * because a folder inside a WAR cannot be listed on Liberty, docs/stack.md), then every {@code
 * *.json} under {@code LIBRARIES_DIR} when that is set. All are read once, at first use.
 */
@ApplicationScoped
public class LibraryFiles implements MeasureLibraries {
  static final String INDEX = "libraries/index.txt";

  private final Optional<Path> folder;
  private volatile List<MeasureLibrary> all;

  @Inject
  public LibraryFiles(@ConfigProperty(name = "libraries.dir") Optional<String> folder) {
    this.folder = folder.filter(f -> !f.isBlank()).map(Path::of);
  }

  /** For CDI's client proxy only. */
  protected LibraryFiles() {
    this(Optional.empty());
  }

  @Override
  public List<MeasureLibrary> all() {
    List<MeasureLibrary> read = all;
    if (read == null) {
      read = readAll(folder);
      all = read;
    }
    return read;
  }

  /**
   * The shipped files and those in {@code folder}, sorted by set and version.
   *
   * @throws IllegalArgumentException naming the file at fault, or a set and version given twice
   */
  static List<MeasureLibrary> readAll(Optional<Path> folder) {
    List<MeasureLibrary> libraries = new ArrayList<>(shipped());
    folder.ifPresent(f -> libraries.addAll(inFolder(f)));
    Set<String> seen = new HashSet<>();
    for (MeasureLibrary l : libraries) {
      if (!seen.add(l.set() + "/" + l.version())) {
        throw new IllegalArgumentException(l.set() + " " + l.version() + " is given twice");
      }
    }
    libraries.sort(
        Comparator.comparing(MeasureLibrary::set).thenComparing(MeasureLibrary::version));
    return List.copyOf(libraries);
  }

  static List<MeasureLibrary> shipped() {
    ClassLoader loader = LibraryFiles.class.getClassLoader();
    List<MeasureLibrary> libraries = new ArrayList<>();
    try (InputStream index = loader.getResourceAsStream(INDEX)) {
      if (index == null) {
        throw new IllegalStateException(INDEX + " is missing from the application");
      }
      List<String> names =
          new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      for (String name : names) {
        try (InputStream file = loader.getResourceAsStream("libraries/" + name)) {
          if (file == null) {
            throw new IllegalStateException(INDEX + " lists " + name + ", which is missing");
          }
          libraries.add(LibraryFile.read(file, "libraries/" + name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return libraries;
  }

  private static List<MeasureLibrary> inFolder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<MeasureLibrary> libraries = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          libraries.add(LibraryFile.read(in, file.toString()));
        }
      }
      return libraries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
