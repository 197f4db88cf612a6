package org.councilperformance.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Properties;
import org.councilperformance.application.distribution.OutgoingMail;
import org.councilperformance.application.distribution.SentMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading back the .eml files the run command's mail sink writes (docs/portal.md#mail-sent). */
class MailFolderTest {
  @TempDir Path folder;

  private void write(String id, String subject, byte[] attachment, Instant when) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("mail.from", "papers@council.example");
    MimeMessage message =
        MailSessionSender.message(
            Session.getInstance(properties),
            new OutgoingMail(
                "<" + id + ">",
                "chair@example.org",
                "Councillor Ó Briain",
                subject,
                "The pack for the meeting is attached.\nIts SHA-256 is abc.",
                attachment == null ? null : "SCRUTINY-2026-07-16-edition-1.pdf",
                "application/pdf",
                attachment));
    Path file = folder.resolve(id + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    Files.setLastModifiedTime(file, FileTime.from(when));
  }

  @Test
  void listsTheNewestFirstWithRecipientSubjectAndDate() throws Exception {
    write(
        "older@council",
        "Papers: Scrutiny, 16 July 2026",
        null,
        Instant.parse("2026-07-01T09:00:00Z"));
    write(
        "newer@council",
        "Papers: Cabinet – réédition",
        null,
        Instant.parse("2026-07-02T09:00:00Z"));
    Files.writeString(folder.resolve("notes.txt"), "not mail");
    Files.writeString(folder.resolve("half.eml.part"), "being written");

    var listed = MailFolder.newest(folder, 10);

    assertThat(listed)
        .extracting(SentMail.Summary::id)
        .containsExactly("newer@council", "older@council");
    assertThat(listed.get(0).subject()).isEqualTo("Papers: Cabinet – réédition");
    assertThat(listed.get(0).to()).contains("Councillor Ó Briain", "<chair@example.org>");
    assertThat(listed.get(0).sentAt()).isNotNull();
    assertThat(MailFolder.newest(folder, 1)).hasSize(1);
    assertThat(MailFolder.newest(folder.resolve("none"), 10)).isEmpty();
  }

  @Test
  void opensOneMessageWithItsHeadersTextAndAttachmentSizes() throws Exception {
    byte[] pdf = "%PDF-1.7 a small pack".getBytes(StandardCharsets.US_ASCII);
    write("one@council", "Papers", pdf, Instant.parse("2026-07-01T09:00:00Z"));

    SentMail.Message message = MailFolder.message(folder, "one@council").orElseThrow();

    assertThat(message.headers())
        .extracting(SentMail.Header::name)
        .contains("Message-ID", "To", "Subject", "From", "Date");
    assertThat(message.headers())
        .filteredOn(h -> h.name().equals("Message-ID"))
        .extracting(SentMail.Header::value)
        .containsExactly("<one@council>");
    assertThat(message.text()).contains("The pack for the meeting is attached.");
    assertThat(message.attachments())
        .containsExactly(
            new SentMail.Attachment(
                "SCRUTINY-2026-07-16-edition-1.pdf", "application/pdf", pdf.length));
  }

  @Test
  void anIdThatIsNotAFileNameTheSenderMakesOpensNothing() throws Exception {
    Files.writeString(folder.getParent().resolve("secret.eml"), "Subject: secret\n\nno");
    assertThat(MailFolder.message(folder, "../secret")).isEmpty();
    assertThat(MailFolder.message(folder, "missing@council")).isEmpty();
    assertThat(MailFolder.message(folder, null)).isEmpty();
  }
}
