package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.distribution.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The distribution settings of docs/operations.md#distribution, each a server variable. */
@ApplicationScoped
public class DistributionSettings {
  private final int retentionYears;
  private final long attachmentLimitBytes;
  private final RetryPolicy retryPolicy;
  private final Duration lease;
  private final Duration giveUpBeforeMeeting;
  private final String sender;
  private final String publicUrl;
  private final List<String> alertRecipients;

  @Inject
  public DistributionSettings(
      @ConfigProperty(name = "archive.retention.years", defaultValue = "6") int retentionYears,
      @ConfigProperty(name = "mail.attachment.max.bytes", defaultValue = "10485760")
          long attachmentLimitBytes,
      @ConfigProperty(name = "mail.retry.first.seconds", defaultValue = "60") long firstRetry,
      @ConfigProperty(name = "mail.retry.cap.seconds", defaultValue = "3600") long retryCap,
      @ConfigProperty(name = "mail.lease.seconds", defaultValue = "300") long leaseSeconds,
      @ConfigProperty(name = "mail.give.up.hours.before.meeting", defaultValue = "2")
          long giveUpHours,
      @ConfigProperty(name = "mail.from", defaultValue = "committee-papers@localhost")
          String sender,
      @ConfigProperty(name = "public.url", defaultValue = "http://localhost:9080") String publicUrl,
      // Optional: server.xml declares it empty by default, which MicroProfile Config reads as
      // unset.
      @ConfigProperty(name = "mail.alerts.to") Optional<String> alertRecipients) {
    this.retentionYears = retentionYears;
    this.attachmentLimitBytes = attachmentLimitBytes;
    this.retryPolicy =
        new RetryPolicy(Duration.ofSeconds(firstRetry), Duration.ofSeconds(retryCap));
    this.lease = Duration.ofSeconds(leaseSeconds);
    this.giveUpBeforeMeeting = Duration.ofHours(giveUpHours);
    this.sender = sender;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.alertRecipients =
        Arrays.stream(alertRecipients.orElse("").split("[,;\\s]+"))
            .filter(a -> a.contains("@"))
            .toList();
  }

  /** For CDI's client proxy only. */
  protected DistributionSettings() {
    this(6, 0, 1, 1, 1, 0, "", "", Optional.empty());
  }

  /** Years an issued pack is kept (6 unless set: the limitation period for most claims). */
  public int retentionYears() {
    return retentionYears;
  }

  /** A pack larger than this is linked, not attached. */
  public long attachmentLimitBytes() {
    return attachmentLimitBytes;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** How long a server holds a claimed message before another may take it over. */
  public Duration lease() {
    return lease;
  }

  /** How long before a meeting starts a copy still not sent is given up, with an alert. */
  public Duration giveUpBeforeMeeting() {
    return giveUpBeforeMeeting;
  }

  /** The From address, whose domain the Message-IDs carry. */
  public String sender() {
    return sender;
  }

  /**
   * The admins' addresses each distribution alert is emailed to (MAIL_ALERTS_TO, comma-separated;
   * none unless set: user accounts have no email address).
   */
  public List<String> alertRecipients() {
    return alertRecipients;
  }

  /** How long an alert's email is tried before it is given up (logged as SEVERE). */
  public Duration alertMailGiveUp() {
    return ALERT_MAIL_GIVE_UP;
  }

  private static final Duration ALERT_MAIL_GIVE_UP = Duration.ofHours(24);

  /** This server's address as members reach it, for the link to a pack too large to attach. */
  public String publicUrl() {
    return publicUrl;
  }
}
