-- Delivery-plan actions (milestones, key tasks) and their update per period.

CREATE TABLE action (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    priority_id BIGINT,
    business_unit_id BIGINT,
    owner VARCHAR(200),
    start_date DATE,
    due_date DATE,
    revised_due_date DATE,
    CONSTRAINT uk_action_code UNIQUE (code),
    CONSTRAINT fk_action_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
    CONSTRAINT fk_action_business_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_update (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id BIGINT NOT NULL,
    period_code VARCHAR(16) NOT NULL,
    progress INT,
    commentary TEXT,
    closure VARCHAR(20),
    closure_reason TEXT,
    reported_status VARCHAR(40),
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_action_update_action_period UNIQUE (action_id, period_code),
    CONSTRAINT fk_action_update_action FOREIGN KEY (action_id) REFERENCES action (id),
    CONSTRAINT fk_action_update_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    title TEXT,
    description TEXT,
    priority_id BIGINT,
    business_unit_id BIGINT,
    owner VARCHAR(200),
    start_date DATE,
    due_date DATE,
    revised_due_date DATE,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_action_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_update_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    action_id BIGINT,
    period_code VARCHAR(16),
    progress INT,
    commentary TEXT,
    closure VARCHAR(20),
    closure_reason TEXT,
    reported_status VARCHAR(40),
    entered_by VARCHAR(100),
    entered_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_action_update_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
