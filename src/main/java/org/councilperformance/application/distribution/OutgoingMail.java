package org.councilperformance.application.distribution;

import java.util.Objects;

/**
 * One message to one recipient.
 *
 * @param messageId the fixed Message-ID, angle brackets included
 * @param attachment the pack, or null when the text links to it instead
 */
public record OutgoingMail(
    String messageId,
    String toAddress,
    String toName,
    String subject,
    String text,
    String attachmentName,
    String attachmentType,
    byte[] attachment) {
  public OutgoingMail {
    Objects.requireNonNull(messageId);
    Objects.requireNonNull(toAddress);
  }
}
