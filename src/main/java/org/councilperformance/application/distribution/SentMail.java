package org.councilperformance.application.distribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The messages the server's own mail sink wrote (the run command's .eml files,
 * docs/operations.md#mail), read back for the portal's "Mail sent" page (docs/portal.md#mail-sent):
 * a newcomer sees what was sent without an SMTP server. With a real SMTP server configured there is
 * nothing to list.
 */
public interface SentMail {
  /**
   * Where the server's mail goes.
   *
   * @param files true when each message is written as a file rather than sent
   * @param where the folder written to, or the SMTP server's host and port
   */
  record Destination(boolean files, String where) {}

  /**
   * One message as listed.
   *
   * @param id its file's name without ".eml" (its Message-ID, made safe as a file name)
   * @param sentAt the Date header; null when there is none
   */
  record Summary(String id, String to, String subject, Instant sentAt, long sizeBytes) {}

  record Header(String name, String value) {}

  record Attachment(String name, String type, long sizeBytes) {}

  /** One message opened: every header, the text body and what is attached. */
  record Message(
      Summary summary, List<Header> headers, String text, List<Attachment> attachments) {}

  Destination destination();

  /** The newest messages first, at most {@code limit}; none unless mail is written as files. */
  List<Summary> newest(int limit);

  /** The message with that id, if the folder holds it. */
  Optional<Message> message(String id);
}
