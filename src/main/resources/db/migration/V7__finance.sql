-- The finance appendix: revenue accounts with itemised variance comments, the capital programme
-- per fund, and savings targets. Supplied figures are kept as printed text (2.30 stays 2.30) so
-- that checks can round to the precision they were printed with.

CREATE TABLE revenue_account (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    amounts_in VARCHAR(20) NOT NULL,
    original_budget VARCHAR(40) NOT NULL,
    forecast_outturn VARCHAR(40) NOT NULL,
    stated_variance VARCHAR(40),
    variance_headline TEXT,
    stated_net_movement VARCHAR(40),
    CONSTRAINT uk_revenue_account_period_code UNIQUE (period_code, code),
    CONSTRAINT fk_revenue_account_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE variance_comment (
    account_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT NOT NULL,
    amount VARCHAR(40),
    PRIMARY KEY (account_id, position),
    CONSTRAINT fk_variance_comment_account FOREIGN KEY (account_id) REFERENCES revenue_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE capital_fund (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    amounts_in VARCHAR(20) NOT NULL,
    approved_budget VARCHAR(40) NOT NULL,
    carried_forward VARCHAR(40) NOT NULL,
    approved_in_year VARCHAR(40) NOT NULL,
    slippage VARCHAR(40) NOT NULL,
    stated_total_budget VARCHAR(40),
    likely_outturn VARCHAR(40) NOT NULL,
    stated_variance VARCHAR(40),
    comments TEXT,
    CONSTRAINT uk_capital_fund_period_code UNIQUE (period_code, code),
    CONSTRAINT fk_capital_fund_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE savings_target (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    description TEXT NOT NULL,
    target VARCHAR(40),
    forecast VARCHAR(40),
    CONSTRAINT fk_savings_target_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE revenue_account_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    code VARCHAR(40),
    name VARCHAR(200),
    amounts_in VARCHAR(20),
    original_budget VARCHAR(40),
    forecast_outturn VARCHAR(40),
    stated_variance VARCHAR(40),
    variance_headline TEXT,
    stated_net_movement VARCHAR(40),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_revenue_account_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Envers records a replaced list item as a removal and an addition at the same position in one
-- revision, so the audit of listed values has no unique key, only an index.
CREATE TABLE variance_comment_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    account_id BIGINT NOT NULL,
    position INT NOT NULL,
    text TEXT,
    amount VARCHAR(40),
    INDEX ix_variance_comment_aud (account_id, REV),
    CONSTRAINT fk_variance_comment_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The same holds for an intervention plan's steps (V5).
ALTER TABLE intervention_step_aud ADD INDEX ix_intervention_step_aud_rev (REV), DROP PRIMARY KEY,
    ADD INDEX ix_intervention_step_aud (plan_id, REV);

CREATE TABLE capital_fund_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    code VARCHAR(40),
    name VARCHAR(200),
    amounts_in VARCHAR(20),
    approved_budget VARCHAR(40),
    carried_forward VARCHAR(40),
    approved_in_year VARCHAR(40),
    slippage VARCHAR(40),
    stated_total_budget VARCHAR(40),
    likely_outturn VARCHAR(40),
    stated_variance VARCHAR(40),
    comments TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_capital_fund_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE savings_target_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    description TEXT,
    target VARCHAR(40),
    forecast VARCHAR(40),
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_savings_target_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
