-- Committees that receive the quarterly pack, the people on their distribution lists, their
-- meetings, and an admin's corrections to the computed working-day calendar
-- (docs/design.md#committees-and-meetings, docs/rules.md#publication-date).

CREATE TABLE committee (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    remit TEXT,
    priority_id BIGINT,
    business_unit_id BIGINT,
    sections VARCHAR(300),
    format VARCHAR(10) NOT NULL,
    clear_days INT NOT NULL,
    CONSTRAINT uk_committee_code UNIQUE (code),
    CONSTRAINT fk_committee_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
    CONSTRAINT fk_committee_business_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee_member (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    committee_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) NOT NULL,
    role VARCHAR(12) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    -- One row per address on a list: a re-import updates the person instead of adding a copy.
    CONSTRAINT uk_committee_member_email UNIQUE (committee_id, email),
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    committee_id BIGINT NOT NULL,
    starts_at DATETIME NOT NULL,
    venue VARCHAR(200) NOT NULL,
    period_code VARCHAR(16) NOT NULL,
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_meeting_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    INDEX ix_meeting_starts_at (starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_closure (
    day DATE NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    kind VARCHAR(10) NOT NULL,
    reason VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    name VARCHAR(200),
    remit TEXT,
    priority_id BIGINT,
    business_unit_id BIGINT,
    sections VARCHAR(300),
    format VARCHAR(10),
    clear_days INT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_committee_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee_member_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    committee_id BIGINT,
    name VARCHAR(200),
    email VARCHAR(254),
    role VARCHAR(12),
    start_date DATE,
    end_date DATE,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_committee_member_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    committee_id BIGINT,
    starts_at DATETIME,
    venue VARCHAR(200),
    period_code VARCHAR(16),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_meeting_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_closure_aud (
    day DATE NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    kind VARCHAR(10),
    reason VARCHAR(200),
    PRIMARY KEY (day, REV),
    CONSTRAINT fk_calendar_closure_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
