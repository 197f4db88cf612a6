-- What a locked or published period's statuses are computed from, as it stood when the period was
-- locked (docs/rules.md#a-locked-period-keeps-its-statuses): one row per indicator and one per
-- action. Taken in the transaction that locks the period, dropped when an admin reopens it, so a
-- later change to an indicator's definition, an action's dates or an annual target applies to open
-- periods only. Not audited: each row is derived from audited rows at the revision that locked
-- the period, and that revision is in the period's own history.

CREATE TABLE indicator_as_locked (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    indicator_id BIGINT NOT NULL,
    polarity VARCHAR(20) NOT NULL,
    aggregation VARCHAR(30) NOT NULL,
    tolerance_type VARCHAR(20) NOT NULL,
    tolerance_amount DECIMAL(19,6) NOT NULL,
    green_plus_type VARCHAR(20),
    green_plus_amount DECIMAL(19,6),
    target_value DECIMAL(19,6),
    annual_target_value DECIMAL(19,6),
    previous_actual DECIMAL(19,6),
    last_year_actual DECIMAL(19,6),
    CONSTRAINT uk_indicator_as_locked UNIQUE (period_code, indicator_id),
    CONSTRAINT fk_indicator_as_locked_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    CONSTRAINT fk_indicator_as_locked_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE action_as_locked (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    action_id BIGINT NOT NULL,
    judged_on DATE NOT NULL,
    start_date DATE,
    due_date DATE,
    progress INT,
    closure VARCHAR(20),
    CONSTRAINT uk_action_as_locked UNIQUE (period_code, action_id),
    CONSTRAINT fk_action_as_locked_period FOREIGN KEY (period_code) REFERENCES reporting_period (code),
    CONSTRAINT fk_action_as_locked_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
