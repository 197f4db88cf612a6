package org.councilperformance.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import javax.naming.NamingException;
import org.councilperformance.application.distribution.MailSender;
import org.councilperformance.application.distribution.OutgoingMail;
import org.councilperformance.application.distribution.SendResult;
import org.councilperformance.domain.distribution.AttemptOutcome;

/**
 * Sends through the server's {@code mail-2.1} mail session {@code mail/councilPerformance}
 * (server.xml; docs/operations.md#mail), one recipient per message. When the session's {@code
 * council.mail.transport} is {@code files} — the run command's default — each message is written as
 * an .eml file to {@code council.mail.files.dir} instead, so a newcomer sees the mail without any
 * SMTP server.
 */
@ApplicationScoped
public class MailSessionSender implements MailSender {
  static final String JNDI_NAME = "mail/councilPerformance";

  @Override
  public SendResult send(OutgoingMail mail) {
    Session session;
    try {
      session = javax.naming.InitialContext.doLookup(JNDI_NAME);
    } catch (NamingException e) {
      return new SendResult(
          AttemptOutcome.TRANSIENT, null, "no mail session " + JNDI_NAME + ": " + e.getMessage());
    }
    try {
      MimeMessage message = message(session, mail);
      if ("files".equals(session.getProperty("council.mail.transport"))) {
        return writeFile(session.getProperty("council.mail.files.dir"), mail, message);
      }
      // The session signs in with the user and password server.xml gives it, when
      // mail.smtp.auth is true.
      Transport.send(message);
      return new SendResult(AttemptOutcome.SENT, 250, "accepted");
    } catch (MessagingException e) {
      return classify(e);
    } catch (IOException e) {
      return new SendResult(AttemptOutcome.TRANSIENT, null, e.toString());
    }
  }

  /** The message; its Message-ID fixed, as Transport.send would otherwise make a new one. */
  static MimeMessage message(Session session, OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }
        };
    String from = session.getProperty("mail.from");
    if (from != null && !from.isBlank()) {
      message.setFrom(new InternetAddress(from));
    }
    message.setRecipient(
        Message.RecipientType.TO,
        new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name());
    if (mail.attachment() == null) {
      message.setContent(new MimeMultipart(text));
    } else {
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(mail.attachment(), mail.attachmentType())));
      attachment.setFileName(mail.attachmentName());
      attachment.setDisposition(MimeBodyPart.ATTACHMENT);
      message.setContent(new MimeMultipart(text, attachment));
    }
    message.saveChanges();
    return message;
  }

  /**
   * Writes the message where the demo keeps its mail, named by its Message-ID: a copy sent again
   * replaces the file, as a mail client would show one message.
   */
  private static SendResult writeFile(String dir, OutgoingMail mail, MimeMessage message)
      throws IOException, MessagingException {
    Path folder = Path.of(dir == null || dir.isBlank() ? "demo-mail" : dir);
    Files.createDirectories(folder);
    String name = mail.messageId().replaceAll("[^A-Za-z0-9.@-]", "") + ".eml";
    Path partial = folder.resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      message.writeTo(out);
    }
    Files.move(
        partial,
        folder.resolve(name),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return new SendResult(AttemptOutcome.SENT, 250, "written to " + folder.resolve(name));
  }

  /**
   * The reply code of a failure, where the server gave one. Angus Mail's SMTP exceptions carry it
   * in getReturnCode(), but the application cannot load their classes on Liberty (only jakarta.mail
   * is visible), so it is read by reflection; a connection refused or a read timed out has none.
   */
  static SendResult classify(MessagingException failure) {
    Integer code = null;
    for (Throwable t = failure; t != null && code == null; t = next(t)) {
      code = returnCode(t);
      if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
        break;
      }
    }
    if (code == null && failure instanceof SendFailedException refused) {
      // Every recipient refused and no code given: the address itself is wrong.
      if (refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0) {
        code = 550;
      }
    }
    return SendResult.ofReply(code, describe(failure));
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private static Integer returnCode(Throwable t) {
    try {
      Method method = t.getClass().getMethod("getReturnCode");
      Object value = method.invoke(t);
      return value instanceof Integer i && i > 0 ? i : null;
    } catch (ReflectiveOperationException | RuntimeException notAnSmtpFailure) {
      return null;
    }
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null && text.length() < 900; t = next(t)) {
      if (!text.isEmpty()) {
        text.append(" / ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
