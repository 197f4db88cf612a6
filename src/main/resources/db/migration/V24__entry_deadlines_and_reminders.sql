-- Data-entry deadlines and the reminders before and after them (docs/rules.md#deadlines-and-reminders).

-- Where a person's reminders go; none until an admin enters it (docs/api.md#users).
ALTER TABLE user_account ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE user_account_aud ADD COLUMN email VARCHAR(254) NULL;

-- The admins' schedule: one row. The deadline rule (working days after a period ends) and each
-- reminder, switchable off.
CREATE TABLE reminder_schedule (
    id INT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    deadline_working_days INT NOT NULL,
    before_enabled BOOLEAN NOT NULL,
    before_working_days INT NOT NULL,
    after_enabled BOOLEAN NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO reminder_schedule VALUES (1, 0, 15, TRUE, 5, TRUE);

CREATE TABLE reminder_schedule_aud (
    id INT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    deadline_working_days INT,
    before_enabled BOOLEAN,
    before_working_days INT,
    after_enabled BOOLEAN,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_reminder_schedule_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An admin's deadline for one period in place of the rule's.
CREATE TABLE period_deadline (
    period_code VARCHAR(16) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    deadline DATE NOT NULL,
    CONSTRAINT fk_period_deadline_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE period_deadline_aud (
    period_code VARCHAR(16) NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    deadline DATE,
    PRIMARY KEY (period_code, REV),
    CONSTRAINT fk_period_deadline_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One reminder to one person: the record that it was due and its outbox message at once. The
-- unique key (period, person, kind, round) is what makes a reminder go once however many servers'
-- timers see it due: they INSERT IGNORE, round 0. An admin's "remind again" takes the next round.
CREATE TABLE reminder (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    period_code VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    round INT NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    subject VARCHAR(250) NOT NULL,
    text TEXT NOT NULL,
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
    CONSTRAINT uk_reminder_once UNIQUE (period_code, user_id, kind, round),
    CONSTRAINT uk_reminder_message_id UNIQUE (message_id),
    CONSTRAINT fk_reminder_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    CONSTRAINT fk_reminder_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_reminder_due (state, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
