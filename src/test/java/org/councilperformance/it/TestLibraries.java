package org.councilperformance.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Test-only measure sets (docs/libraries.md#data-files): copies of the templates in
 * src/test/resources/libraries under a set code and code prefix no earlier test or run used,
 * written to the folder the tests' server reads as LIBRARIES_DIR. A set imported once cannot be
 * imported fresh again, so each test takes its own, and a reused test database holds no clash.
 */
final class TestLibraries {
  private static final Path FOLDER =
      Path.of(System.getProperty("libraries.dir", "target/it-libraries"));

  private TestLibraries() {}

  /** A new set: its code in addresses (e.g. "t-1a2b3c4d") and its indicators' prefix. */
  record TestSet(String set, String prefix) {
    String indicator(String measure) {
      return prefix + measure;
    }
  }

  /** Offers the versions of template {@code template} (e.g. "example") as a new set. */
  static TestSet install(String template, String... versions) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    TestSet set = new TestSet("t-" + id, ("T" + id + "-").toUpperCase(Locale.ROOT));
    for (String version : versions) {
      write(set, template, version);
    }
    return set;
  }

  /** Offers one more version of the template as {@code set}. */
  static void write(TestSet set, String template, String version) {
    String resource = "libraries/" + template + "/" + version + ".json";
    try (InputStream in = TestLibraries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"set\": \"" + template + "\"", "\"set\": \"" + set.set() + "\"")
              .replace(
                  "\"codePrefix\": \"" + template.toUpperCase(Locale.ROOT) + "-\"",
                  "\"codePrefix\": \"" + set.prefix() + "\"");
      Path target = FOLDER.resolve(set.set()).resolve(version + ".json");
      Files.createDirectories(target.getParent());
      // Written whole, then moved in: the server never reads half a file.
      Path part = Files.createTempFile(FOLDER, "library", ".part");
      Files.writeString(part, text);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
