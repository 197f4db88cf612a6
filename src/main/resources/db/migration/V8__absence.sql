-- The sickness-absence appendix: each work area's (business unit's) days lost and FTE per quarter,
-- the council-wide figures the council supplied (its own total row, projection, follow-up), the
-- reasons for absence, and the corporate target per financial year. Supplied figures are VARCHAR
-- so that their printed scale survives (2.30 stays 2.30): the data-quality checks round to it.

CREATE TABLE absence_record (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    business_unit_id BIGINT NOT NULL,
    long_term_days VARCHAR(40) NOT NULL,
    short_term_days VARCHAR(40) NOT NULL,
    fte VARCHAR(40) NOT NULL,
    stated_total_days VARCHAR(40),
    stated_days_per_fte VARCHAR(40),
    long_term_returned INT,
    long_term_still_off INT,
    return_to_work_percent VARCHAR(40),
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_absence_record_period_unit UNIQUE (period_code, business_unit_id),
    CONSTRAINT fk_absence_record_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    CONSTRAINT fk_absence_record_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE council_absence (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    stated_long_term_days VARCHAR(40),
    stated_short_term_days VARCHAR(40),
    stated_fte VARCHAR(40),
    stated_total_days VARCHAR(40),
    stated_days_per_fte VARCHAR(40),
    stated_projection VARCHAR(40),
    long_term_returned INT,
    long_term_still_off INT,
    return_to_work_percent VARCHAR(40),
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_council_absence_period UNIQUE (period_code),
    CONSTRAINT fk_council_absence_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE absence_reason (
    council_absence_id BIGINT NOT NULL,
    position INT NOT NULL,
    reason VARCHAR(200) NOT NULL,
    percent VARCHAR(40) NOT NULL,
    PRIMARY KEY (council_absence_id, position),
    CONSTRAINT fk_absence_reason_council FOREIGN KEY (council_absence_id)
        REFERENCES council_absence (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE absence_target (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    days_per_fte VARCHAR(40) NOT NULL,
    CONSTRAINT uk_absence_target_period UNIQUE (period_code),
    CONSTRAINT fk_absence_target_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE absence_record_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    business_unit_id BIGINT,
    long_term_days VARCHAR(40),
    short_term_days VARCHAR(40),
    fte VARCHAR(40),
    stated_total_days VARCHAR(40),
    stated_days_per_fte VARCHAR(40),
    long_term_returned INT,
    long_term_still_off INT,
    return_to_work_percent VARCHAR(40),
    entered_by VARCHAR(100),
    entered_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_absence_record_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE council_absence_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    stated_long_term_days VARCHAR(40),
    stated_short_term_days VARCHAR(40),
    stated_fte VARCHAR(40),
    stated_total_days VARCHAR(40),
    stated_days_per_fte VARCHAR(40),
    stated_projection VARCHAR(40),
    long_term_returned INT,
    long_term_still_off INT,
    return_to_work_percent VARCHAR(40),
    entered_by VARCHAR(100),
    entered_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_council_absence_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE absence_reason_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    council_absence_id BIGINT NOT NULL,
    position INT NOT NULL,
    reason VARCHAR(200),
    percent VARCHAR(40),
    PRIMARY KEY (REV, council_absence_id, position),
    CONSTRAINT fk_absence_reason_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE absence_target_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    days_per_fte VARCHAR(40),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_absence_target_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
