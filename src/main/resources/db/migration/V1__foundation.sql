-- Corporate plan, organisation, reporting periods, indicators with targets and measurements,
-- and their Envers audit tables.

CREATE TABLE audit_revision (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    changed_at_millis BIGINT NOT NULL,
    changed_by VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE corporate_plan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    start_year INT NOT NULL,
    end_year INT NOT NULL,
    description TEXT,
    CONSTRAINT uk_corporate_plan_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE priority (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    priority_type VARCHAR(24) NOT NULL,
    plan_id BIGINT NOT NULL,
    parent_id BIGINT,
    description TEXT,
    CONSTRAINT uk_priority_code UNIQUE (code),
    CONSTRAINT fk_priority_plan FOREIGN KEY (plan_id) REFERENCES corporate_plan (id),
    CONSTRAINT fk_priority_parent FOREIGN KEY (parent_id) REFERENCES priority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE directorate (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    head VARCHAR(200),
    CONSTRAINT uk_directorate_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE business_unit (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    head VARCHAR(200),
    directorate_id BIGINT NOT NULL,
    CONSTRAINT uk_business_unit_code UNIQUE (code),
    CONSTRAINT fk_business_unit_directorate FOREIGN KEY (directorate_id) REFERENCES directorate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reporting_period (
    code VARCHAR(16) NOT NULL PRIMARY KEY,
    period_type VARCHAR(16) NOT NULL,
    financial_year VARCHAR(7) NOT NULL,
    quarter INT,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    label VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(500) NOT NULL,
    definition TEXT,
    unit VARCHAR(20) NOT NULL,
    polarity VARCHAR(20) NOT NULL,
    frequency VARCHAR(20) NOT NULL,
    aggregation VARCHAR(30) NOT NULL,
    tolerance_type VARCHAR(20),
    tolerance_amount DECIMAL(19, 6),
    green_plus_type VARCHAR(20),
    green_plus_amount DECIMAL(19, 6),
    owner VARCHAR(200),
    business_unit_id BIGINT,
    CONSTRAINT uk_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_business_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_priority (
    indicator_id BIGINT NOT NULL,
    priority_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, priority_id),
    CONSTRAINT fk_indicator_priority_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_priority_priority FOREIGN KEY (priority_id) REFERENCES priority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_tag (
    indicator_id BIGINT NOT NULL,
    tag VARCHAR(60) NOT NULL,
    PRIMARY KEY (indicator_id, tag),
    CONSTRAINT fk_indicator_tag_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE target (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT NOT NULL,
    period_code VARCHAR(16) NOT NULL,
    target_value DECIMAL(19, 6) NOT NULL,
    CONSTRAINT uk_target_indicator_period UNIQUE (indicator_id, period_code),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_target_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE measurement (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT NOT NULL,
    period_code VARCHAR(16) NOT NULL,
    actual_value DECIMAL(19, 6),
    missing_reason TEXT,
    commentary TEXT,
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    reported_status VARCHAR(20),
    status_override VARCHAR(20),
    override_reason TEXT,
    CONSTRAINT uk_measurement_indicator_period UNIQUE (indicator_id, period_code),
    CONSTRAINT fk_measurement_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_measurement_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Envers audit tables: one row per change, pointing at the audit_revision that says who and when.

CREATE TABLE corporate_plan_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    name VARCHAR(200),
    start_year INT,
    end_year INT,
    description TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_corporate_plan_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE priority_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    name VARCHAR(200),
    priority_type VARCHAR(24),
    plan_id BIGINT,
    parent_id BIGINT,
    description TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_priority_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE directorate_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    name VARCHAR(200),
    head VARCHAR(200),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_directorate_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE business_unit_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    name VARCHAR(200),
    head VARCHAR(200),
    directorate_id BIGINT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_business_unit_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reporting_period_aud (
    code VARCHAR(16) NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_type VARCHAR(16),
    financial_year VARCHAR(7),
    quarter INT,
    start_date DATE,
    end_date DATE,
    label VARCHAR(100),
    PRIMARY KEY (code, REV),
    CONSTRAINT fk_reporting_period_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    name VARCHAR(500),
    definition TEXT,
    unit VARCHAR(20),
    polarity VARCHAR(20),
    frequency VARCHAR(20),
    aggregation VARCHAR(30),
    tolerance_type VARCHAR(20),
    tolerance_amount DECIMAL(19, 6),
    green_plus_type VARCHAR(20),
    green_plus_amount DECIMAL(19, 6),
    owner VARCHAR(200),
    business_unit_id BIGINT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_indicator_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_priority_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    indicator_id BIGINT NOT NULL,
    priority_id BIGINT NOT NULL,
    PRIMARY KEY (REV, indicator_id, priority_id),
    CONSTRAINT fk_indicator_priority_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_tag_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    indicator_id BIGINT NOT NULL,
    tag VARCHAR(60) NOT NULL,
    PRIMARY KEY (REV, indicator_id, tag),
    CONSTRAINT fk_indicator_tag_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE target_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    indicator_id BIGINT,
    period_code VARCHAR(16),
    target_value DECIMAL(19, 6),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_target_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE measurement_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    indicator_id BIGINT,
    period_code VARCHAR(16),
    actual_value DECIMAL(19, 6),
    missing_reason TEXT,
    commentary TEXT,
    entered_by VARCHAR(100),
    entered_at TIMESTAMP(6) NULL,
    reported_status VARCHAR(20),
    status_override VARCHAR(20),
    override_reason TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_measurement_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
