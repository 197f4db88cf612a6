-- The archive of issued packs, the schedule's runs, the outbox with its append-only attempt log,
-- and the alerts distribution raises (docs/design.md#archive, #outbox, #scheduling).
-- Times are UTC instants (hibernate.jdbc.time_zone=UTC); DATETIME(6) keeps their microseconds.

CREATE TABLE pack_edition (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    edition INT NOT NULL,
    format VARCHAR(10) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    issued_by VARCHAR(100) NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    period_state VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    retain_until DATE NOT NULL,
    -- A re-issue is a new edition, never an overwrite; two servers issuing the same edition at
    -- once cannot both succeed.
    CONSTRAINT uk_pack_edition UNIQUE (meeting_id, edition),
    CONSTRAINT fk_pack_edition_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pack_document (
    edition_id BIGINT NOT NULL PRIMARY KEY,
    content LONGBLOB NOT NULL,
    CONSTRAINT fk_pack_document_edition FOREIGN KEY (edition_id) REFERENCES pack_edition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE distribution_run (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    edition INT NOT NULL,
    state VARCHAR(10) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    done_at DATETIME(6),
    detail VARCHAR(500),
    -- What makes the timer's insert idempotent across firings and servers.
    CONSTRAINT uk_distribution_run UNIQUE (meeting_id, edition),
    CONSTRAINT fk_distribution_run_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX ix_distribution_run_state (state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    edition_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    recipient_email VARCHAR(254) NOT NULL,
    recipient_name VARCHAR(200) NOT NULL,
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
    CONSTRAINT uk_delivery_message_id UNIQUE (message_id),
    CONSTRAINT uk_delivery_recipient UNIQUE (edition_id, member_id),
    CONSTRAINT fk_delivery_edition FOREIGN KEY (edition_id) REFERENCES pack_edition (id),
    CONSTRAINT fk_delivery_member FOREIGN KEY (member_id) REFERENCES committee_member (id),
    INDEX ix_delivery_due (state, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id BIGINT NOT NULL,
    attempt INT NOT NULL,
    server VARCHAR(100) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    reply_code INT,
    detail VARCHAR(1000),
    CONSTRAINT fk_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE distribution_alert (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alert_key VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    meeting_id BIGINT NOT NULL,
    delivery_id BIGINT,
    text VARCHAR(1000) NOT NULL,
    raised_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_distribution_alert_key UNIQUE (alert_key),
    CONSTRAINT fk_distribution_alert_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
