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
 * *.json} under {@code LIBRARIES_DIR} when that is set. The WAR's are read once; the folder's again
 * whenever a file in it is added, removed or changed, so a council can offer a new version without
 * a restart.
 */
@ApplicationScoped
public class LibraryFiles implements MeasureLibraries {
  static final String INDEX = "libraries/index.txt";

  private final Optional<Path> folder;
  private volatile Read read;

  /** What was read, and the folder's files (name, size, time) it was read from. */
  private record Read(List<MeasureLibrary> all, List<String> stamp) {}

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
    List<String> stamp = folder.map(LibraryFiles::stamp).orElse(List.of());
    Read last = read;
    if (last == null || !last.stamp().equals(stamp)) {
      last = new Read(readAll(folder), stamp);
      read = last;
    }
    return last.all();
  }

  /** The folder's library files as name, size and time: a change to any changes it. */
  private static List<String> stamp(Path folder) {
    return jsonFiles(folder).stream()
        .map(
            f -> {
              try {
                return f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
              } catch (IOException e) {
                return f + " unreadable";
              }
            })
        .toList();
  }

  /** The folder's {@code *.json} files in name order; none when the folder does not exist. */
  private static List<Path> jsonFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    List<MeasureLibrary> libraries = new ArrayList<>();
    for (Path file : jsonFiles(folder)) {
      try (InputStream in = Files.newInputStream(file)) {
        libraries.add(LibraryFile.read(in, file.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return libraries;
  }
}
