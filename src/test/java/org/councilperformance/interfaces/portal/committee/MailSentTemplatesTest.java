package org.councilperformance.interfaces.portal.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.distribution.SentMail;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * "Mail sent" as the run command shows it, with mail written as files (docs/portal.md#mail-sent):
 * the tests' server sends through SMTP, so its browser test sees only the other case.
 */
class MailSentTemplatesTest {
  private static final Pages PAGES = new Pages();
  private static final Frame FRAME =
      new Frame("/portal", "Council", "Admin", null, "token", List.of());
  private static final SentMail.Summary PAPERS =
      new SentMail.Summary(
          "pack.1.1.1@localhost",
          "Cllr Jane Smith <jane@example.org>",
          "Scrutiny, 2027-01-14: papers",
          Instant.parse("2026-12-03T00:18:40Z"),
          70_000);

  @Test
  void theListLinksEachMessageNewestFirstWithRecipientAndDate() {
    Document page =
        Jsoup.parse(
            PAGES.render(
                "committee/mailSent.jte",
                Map.of(
                    "frame",
                    FRAME,
                    "destination",
                    new SentMail.Destination(true, "/home/demo/demo-mail"),
                    "messages",
                    List.of(PAPERS),
                    "shown",
                    200)));
    assertThat(page.select("main").text()).contains("/home/demo/demo-mail", "Cllr Jane Smith");
    assertThat(page.select("main table a").attr("href"))
        .isEqualTo("/portal/admin/mail/pack.1.1.1@localhost");
    assertThat(page.select("main table td").eachText()).contains("3 December 2026, 12:18am");
  }

  @Test
  void withAnSmtpServerItSaysWhereMailGoesAndListsNothing() {
    Document page =
        Jsoup.parse(
            PAGES.render(
                "committee/mailSent.jte",
                Map.of(
                    "frame",
                    FRAME,
                    "destination",
                    new SentMail.Destination(false, "smtp.council.example:25"),
                    "messages",
                    List.of(),
                    "shown",
                    200)));
    assertThat(page.select("main").text()).contains("SMTP server at smtp.council.example:25");
    assertThat(page.select("main table")).isEmpty();
  }

  @Test
  void aMessageShowsItsHeadersItsTextByParagraphAndItsAttachments() {
    Document page =
        Jsoup.parse(
            PAGES.render(
                "committee/mailMessage.jte",
                Map.of(
                    "frame",
                    FRAME,
                    "message",
                    new SentMail.Message(
                        PAPERS,
                        List.of(new SentMail.Header("Message-ID", "<pack.1.1.1@localhost>")),
                        "Dear Cllr Jane Smith,\r\n\r\nThe papers are attached.\r\nSHA-256: abc",
                        List.of(
                            new SentMail.Attachment(
                                "SCRUTINY-2027-01-14-edition-1.pdf",
                                "application/pdf",
                                69_910))))));
    assertThat(page.select("h1").text()).isEqualTo("Scrutiny, 2027-01-14: papers");
    assertThat(page.select("dl dd").text()).isEqualTo("<pack.1.1.1@localhost>");
    assertThat(page.select(".govuk-inset-text p").eachText())
        .containsExactly("Dear Cllr Jane Smith,", "The papers are attached. SHA-256: abc");
    assertThat(page.select(".govuk-inset-text p br")).hasSize(1);
    assertThat(page.select("main li").text())
        .isEqualTo("SCRUTINY-2027-01-14-edition-1.pdf (application/pdf, 69910 bytes)");
  }
}
