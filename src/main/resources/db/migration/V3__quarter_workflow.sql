-- The quarter workflow: a period's sign-off state and each business unit's submission.

ALTER TABLE reporting_period ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'OPEN';
ALTER TABLE reporting_period ADD COLUMN reopen_reason TEXT;
ALTER TABLE reporting_period_aud ADD COLUMN state VARCHAR(16);
ALTER TABLE reporting_period_aud ADD COLUMN reopen_reason TEXT;

CREATE TABLE submission (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    business_unit_id BIGINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    return_reason TEXT,
    CONSTRAINT uk_submission_period_unit UNIQUE (period_code, business_unit_id),
    CONSTRAINT fk_submission_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    CONSTRAINT fk_submission_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    business_unit_id BIGINT,
    state VARCHAR(16),
    return_reason TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_submission_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
