package org.councilperformance.application.distribution;

/**
 * Hands one message to the mail system. A port: infrastructure sends it through the server's mail
 * session, or writes it to the demo folder (docs/operations.md#mail). Called outside any
 * transaction: it may wait on the network for as long as the mail server's timeouts allow.
 */
public interface MailSender {
  /** Never throws for a failure of the mail system: the result says how it ended. */
  SendResult send(OutgoingMail mail);
}
