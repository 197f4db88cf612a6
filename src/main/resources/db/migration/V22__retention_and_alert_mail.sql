-- The retention job and the alerts' email (docs/design.md#retention, #alerts-by-email).

-- An edition past its retain_until loses its bytes (pack_document row deleted); the edition row
-- stays as a tombstone, so the archive still shows that it existed, what it was and when it went.
ALTER TABLE pack_edition ADD COLUMN deleted_at DATETIME(6) NULL;
CREATE INDEX ix_pack_edition_retain ON pack_edition (retain_until, deleted_at);

-- One email per alert and admin address, written in the alert's own transaction (so an alert
-- raised once is mailed once), sent by the outbox workers with a lease and back-off like the
-- papers; a fixed Message-ID per row makes a copy sent again after a crash recognisable.
CREATE TABLE alert_mail (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    alert_id BIGINT NOT NULL,
    recipient_email VARCHAR(254) NOT NULL,
    message_id VARCHAR(250) NOT NULL,
    state VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    lease_until DATETIME(6),
    claimed_by VARCHAR(100),
    give_up_at DATETIME(6) NOT NULL,
    last_error VARCHAR(1000),
    last_reply_code INT,
    sent_at DATETIME(6),
    CONSTRAINT uk_alert_mail_message_id UNIQUE (message_id),
    CONSTRAINT uk_alert_mail_recipient UNIQUE (alert_id, recipient_email),
    CONSTRAINT fk_alert_mail_alert FOREIGN KEY (alert_id) REFERENCES distribution_alert (id),
    INDEX ix_alert_mail_due (state, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which server's timer recorded a run (the JVM's pid@host): with several servers, the proof that
-- one firing recorded it and, after a server died, which one took the timer over.
ALTER TABLE distribution_run ADD COLUMN recorded_by VARCHAR(100) NULL;
