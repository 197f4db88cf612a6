package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTemplateCompilerTest {
  private static final FileTime T0 = FileTime.fromMillis(1_000_000);
  private static final FileTime T1 = FileTime.fromMillis(2_000_000);
  private static final FileTime T2 = FileTime.fromMillis(3_000_000);

  @TempDir Path source;
  @TempDir Path target;

  @Test
  void compiledTemplatesNewerThanTheirSourceAndEveryClassAreUpToDate() throws IOException {
    List<Path> sources = List.of(file(source, "Cover.jrxml", T0), file(source, "styles.jrtx", T0));
    file(target, "Cover.jasper", T2);
    file(target, "styles.jrtx", T2);

    assertThat(ReportTemplateCompiler.upToDate(sources, target, T1)).isTrue();
  }

  @Test
  void aTemplateEditedSinceItWasCompiledIsNot() throws IOException {
    List<Path> sources = List.of(file(source, "Cover.jrxml", T2));
    file(target, "Cover.jasper", T1);

    assertThat(ReportTemplateCompiler.upToDate(sources, target, T0)).isFalse();
  }

  @Test
  void aClassCompiledSinceTheTemplatesIsNot() throws IOException {
    List<Path> sources = List.of(file(source, "Cover.jrxml", T0));
    file(target, "Cover.jasper", T1);

    assertThat(ReportTemplateCompiler.upToDate(sources, target, T2)).isFalse();
  }

  @Test
  void aTemplateNeverCompiledIsNot() throws IOException {
    List<Path> sources = List.of(file(source, "Cover.jrxml", T0));

    assertThat(ReportTemplateCompiler.upToDate(sources, target, T0)).isFalse();
  }

  @Test
  void aStyleLibraryNotCopiedSinceItChangedIsNot() throws IOException {
    List<Path> sources = List.of(file(source, "styles.jrtx", T2));
    file(target, "styles.jrtx", T1);

    assertThat(ReportTemplateCompiler.upToDate(sources, target, T0)).isFalse();
  }

  @Test
  void theNewestClassIsFoundBelowTheClasses(@TempDir Path classes) throws IOException {
    Files.createDirectories(classes.resolve("a/b"));
    file(classes, "A.class", T0);
    file(classes.resolve("a/b"), "B.class", T2);
    file(classes, "newer.txt", FileTime.fromMillis(9_000_000));

    assertThat(ReportTemplateCompiler.newestClass(classes)).isEqualTo(T2);
  }

  private static Path file(Path dir, String name, FileTime time) throws IOException {
    Path file = Files.writeString(dir.resolve(name), name);
    Files.setLastModifiedTime(file, time);
    return file;
  }
}
