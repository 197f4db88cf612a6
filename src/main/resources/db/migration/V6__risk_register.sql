-- The corporate risk register: risks scored likelihood x impact on their own N x N matrix, before
-- (inherent) and after (residual) controls; dated reviews; the actions that mitigate each risk.

CREATE TABLE risk (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    title TEXT NOT NULL,
    cause TEXT,
    consequence TEXT,
    owner VARCHAR(200),
    business_unit_id BIGINT,
    priority_id BIGINT,
    scale INT NOT NULL,
    inherent_likelihood INT NOT NULL,
    inherent_impact INT NOT NULL,
    residual_likelihood INT NOT NULL,
    residual_impact INT NOT NULL,
    controls TEXT,
    status VARCHAR(16) NOT NULL,
    CONSTRAINT uk_risk_code UNIQUE (code),
    CONSTRAINT fk_risk_business_unit FOREIGN KEY (business_unit_id) REFERENCES business_unit (id),
    CONSTRAINT fk_risk_priority FOREIGN KEY (priority_id) REFERENCES priority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_review (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id BIGINT NOT NULL,
    review_date DATE NOT NULL,
    likelihood INT NOT NULL,
    impact INT NOT NULL,
    note TEXT,
    reviewer VARCHAR(200),
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_risk_review_risk_date UNIQUE (risk_id, review_date),
    CONSTRAINT fk_risk_review_risk FOREIGN KEY (risk_id) REFERENCES risk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_action (
    risk_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (risk_id, action_id),
    CONSTRAINT fk_risk_action_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_action_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    code VARCHAR(40),
    title TEXT,
    cause TEXT,
    consequence TEXT,
    owner VARCHAR(200),
    business_unit_id BIGINT,
    priority_id BIGINT,
    scale INT,
    inherent_likelihood INT,
    inherent_impact INT,
    residual_likelihood INT,
    residual_impact INT,
    controls TEXT,
    status VARCHAR(16),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_risk_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_review_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    risk_id BIGINT,
    review_date DATE,
    likelihood INT,
    impact INT,
    note TEXT,
    reviewer VARCHAR(200),
    entered_by VARCHAR(100),
    entered_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_risk_review_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_action_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    risk_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL,
    PRIMARY KEY (REV, risk_id, action_id),
    CONSTRAINT fk_risk_action_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
