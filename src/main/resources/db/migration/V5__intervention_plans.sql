-- Intervention plans for indicators and actions that are off track, with their planned steps.

CREATE TABLE intervention_plan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(500) NOT NULL,
    reason TEXT NOT NULL,
    expected_recovery_period VARCHAR(16),
    forecast TEXT,
    focused_monitoring BOOLEAN NOT NULL DEFAULT FALSE,
    closed_on DATE,
    closing_note TEXT,
    CONSTRAINT uk_intervention_plan_code UNIQUE (code),
    CONSTRAINT fk_intervention_plan_recovery FOREIGN KEY (expected_recovery_period)
        REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_plan_indicator (
    plan_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, indicator_id),
    CONSTRAINT fk_ipi_plan FOREIGN KEY (plan_id) REFERENCES intervention_plan (id),
    CONSTRAINT fk_ipi_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_plan_action (
    plan_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, action_id),
    CONSTRAINT fk_ipa_plan FOREIGN KEY (plan_id) REFERENCES intervention_plan (id),
    CONSTRAINT fk_ipa_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_step (
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    description TEXT NOT NULL,
    owner VARCHAR(200),
    due_date DATE,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_intervention_step_plan FOREIGN KEY (plan_id) REFERENCES intervention_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_plan_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    title VARCHAR(500),
    reason TEXT,
    expected_recovery_period VARCHAR(16),
    forecast TEXT,
    focused_monitoring BOOLEAN,
    closed_on DATE,
    closing_note TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_intervention_plan_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_plan_indicator_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    plan_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (REV, plan_id, indicator_id),
    CONSTRAINT fk_ipi_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_plan_action_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    plan_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (REV, plan_id, action_id),
    CONSTRAINT fk_ipa_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE intervention_step_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    description TEXT,
    owner VARCHAR(200),
    due_date DATE,
    PRIMARY KEY (REV, plan_id, position),
    CONSTRAINT fk_intervention_step_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
