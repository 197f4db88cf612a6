package org.councilperformance.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.naming.NamingException;
import org.councilperformance.application.distribution.SentMail;

/**
 * Reads back the .eml files {@link MailSessionSender} writes when the mail session's {@code
 * council.mail.transport} is {@code files}, from the folder the same session names (server.xml,
 * docs/operations.md#mail). Only names made as that sender makes them are opened, so an id from a
 * request cannot reach outside the folder.
 */
@ApplicationScoped
public class MailFolder implements SentMail {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9.@-]{1,300}");

  @Override
  public Destination destination() {
    Properties session = sessionProperties();
    if ("files".equals(session.getProperty("council.mail.transport"))) {
      return new Destination(true, folder(session).toAbsolutePath().toString());
    }
    return new Destination(
        false,
        session.getProperty("mail.smtp.host", session.getProperty("mail.host", "localhost"))
            + ":"
            + session.getProperty("mail.smtp.port", "25"));
  }

  @Override
  public List<Summary> newest(int limit) {
    Properties session = sessionProperties();
    if (!"files".equals(session.getProperty("council.mail.transport"))) {
      return List.of();
    }
    return newest(folder(session), limit);
  }

  @Override
  public Optional<Message> message(String id) {
    Properties session = sessionProperties();
    if (!"files".equals(session.getProperty("council.mail.transport"))) {
      return Optional.empty();
    }
    return message(folder(session), id);
  }

  /** The newest .eml files of a folder first, by when each was written. */
  static List<Summary> newest(Path folder, int limit) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    record Written(Path path, FileTime time) {}
    List<Written> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path path : (Iterable<Path>) listing::iterator) {
        String name = path.getFileName().toString();
        if (name.endsWith(".eml") && ID.matcher(id(path)).matches()) {
          try {
            files.add(new Written(path, Files.getLastModifiedTime(path)));
          } catch (NoSuchFileException replacedMeanwhile) {
            // a copy sent again replaces its file; the new one is listed next time
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(
        Comparator.comparing(Written::time)
            .reversed()
            .thenComparing(w -> w.path().getFileName().toString()));
    List<Summary> newest = new ArrayList<>();
    for (Written file : files.subList(0, Math.min(limit, files.size()))) {
      try (InputStream in = Files.newInputStream(file.path())) {
        newest.add(summary(file.path(), new InternetHeaders(in)));
      } catch (IOException | MessagingException unreadable) {
        newest.add(new Summary(id(file.path()), "", "(cannot be read)", null, size(file.path())));
      }
    }
    return newest;
  }

  static Optional<Message> message(Path folder, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Path path = folder.resolve(id + ".eml");
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), in);
      List<Header> headers = new ArrayList<>();
      for (jakarta.mail.Header h : Collections.list(mime.getAllHeaders())) {
        headers.add(new Header(h.getName(), decoded(h.getValue())));
      }
      StringBuilder text = new StringBuilder();
      List<Attachment> attachments = new ArrayList<>();
      read(mime, text, attachments);
      InternetHeaders summaryHeaders = new InternetHeaders();
      headers.forEach(h -> summaryHeaders.addHeader(h.name(), h.value()));
      return Optional.of(
          new Message(summary(path, summaryHeaders), headers, text.toString(), attachments));
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("the message " + id + " cannot be read: " + e, e);
    }
  }

  /** The text parts in order, and each attachment's name and decoded size. */
  private static void read(Part part, StringBuilder text, List<Attachment> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        read(child, text, attachments);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        || part.getFileName() != null
        || !part.isMimeType("text/plain")) {
      long size;
      try (InputStream content = part.getInputStream()) {
        size = content.transferTo(java.io.OutputStream.nullOutputStream());
      }
      String type = part.getContentType() == null ? "" : part.getContentType().split(";")[0];
      attachments.add(
          new Attachment(
              part.getFileName() == null ? "(no name)" : decoded(part.getFileName()),
              type.strip(),
              size));
    } else {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(part.getContent());
    }
  }

  private static Summary summary(Path path, InternetHeaders headers) {
    Instant sent = null;
    String date = headers.getHeader("Date", null);
    if (date != null) {
      try {
        Date parsed = new jakarta.mail.internet.MailDateFormat().parse(date);
        sent = parsed == null ? null : parsed.toInstant();
      } catch (java.text.ParseException unreadable) {
        sent = null;
      }
    }
    return new Summary(
        id(path),
        decoded(headers.getHeader("To", ", ")),
        decoded(headers.getHeader("Subject", " ")),
        sent,
        size(path));
  }

  private static String decoded(String header) {
    if (header == null) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header));
    } catch (java.io.UnsupportedEncodingException e) {
      return header;
    }
  }

  private static String id(Path path) {
    String name = path.getFileName().toString();
    return name.substring(0, name.length() - ".eml".length());
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException gone) {
      return 0;
    }
  }

  /** The folder as {@link MailSessionSender} writes to it. */
  private static Path folder(Properties session) {
    String dir = session.getProperty("council.mail.files.dir");
    return Path.of(dir == null || dir.isBlank() ? "demo-mail" : dir);
  }

  private static Properties sessionProperties() {
    try {
      Session session = javax.naming.InitialContext.doLookup(MailSessionSender.JNDI_NAME);
      return session.getProperties();
    } catch (NamingException e) {
      return new Properties();
    }
  }
}
