package org.councilperformance.interfaces.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.PackRenderer;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.infrastructure.report.JasperPackRenderer;
import org.junit.jupiter.api.Test;

class ReportEngineWarmUpTest {
  private final List<Runnable> queued = new ArrayList<>();
  private final List<ReportFormat> rendered = new ArrayList<>();

  private final PackRenderer recording =
      (Pack pack, ReportFormat format) -> {
        rendered.add(format);
        return new byte[0];
      };

  @Test
  void startOnlyHandsTheWarmUpToTheExecutor() {
    ReportEngineWarmUp warmUp = new ReportEngineWarmUp(recording, () -> queued::add);

    warmUp.start();

    assertThat(rendered).isEmpty();
    assertThat(queued).hasSize(1);
    queued.get(0).run();
    assertThat(rendered).containsExactly(ReportFormat.PDF);
  }

  @Test
  void aFailingRendererIsLoggedNotThrown() {
    PackRenderer failing =
        (pack, format) -> {
          throw new IllegalStateException("no fonts");
        };
    ReportEngineWarmUp warmUp = new ReportEngineWarmUp(failing, () -> queued::add);

    warmUp.start();

    assertThatCode(() -> queued.get(0).run()).doesNotThrowAnyException();
  }

  @Test
  void noExecutorLeavesTheStartAlone() {
    ReportEngineWarmUp warmUp =
        new ReportEngineWarmUp(
            recording,
            () -> {
              throw new RejectedExecutionException("no managed executor");
            });

    assertThatCode(warmUp::start).doesNotThrowAnyException();
    assertThat(rendered).isEmpty();
  }

  @Test
  void theEmptyPackRendersEveryTemplateAsPdf() {
    byte[] pdf = new JasperPackRenderer().render(ReportEngineWarmUp.EMPTY_PACK, ReportFormat.PDF);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
