package org.councilperformance.application.distribution;

import org.councilperformance.domain.distribution.AttemptOutcome;

/**
 * How handing a message to the mail system ended.
 *
 * @param replyCode the SMTP reply code when the server gave one; null when it could not be reached
 *     or did not answer in time
 */
public record SendResult(AttemptOutcome outcome, Integer replyCode, String detail) {
  public static SendResult ofReply(Integer replyCode, String detail) {
    return new SendResult(AttemptOutcome.ofReply(replyCode), replyCode, detail);
  }
}
