-- Calculated indicators (docs/rules.md#calculated-indicators). An indicator may carry a formula over
-- components entered each period and other indicators' figures; NULL (every existing indicator)
-- means its figure is entered as before. A calculated indicator's measurement keeps the figure the
-- council printed beside the one calculated, and the components entered for the period (names are
-- case-sensitive, as in the formula).

ALTER TABLE indicator
    ADD COLUMN formula VARCHAR(500) NULL;

ALTER TABLE indicator_aud
    ADD COLUMN formula VARCHAR(500) NULL;

ALTER TABLE measurement
    ADD COLUMN printed_value DECIMAL(19, 6) NULL,
    ADD COLUMN calculated_value DECIMAL(19, 6) NULL;

ALTER TABLE measurement_aud
    ADD COLUMN printed_value DECIMAL(19, 6) NULL,
    ADD COLUMN calculated_value DECIMAL(19, 6) NULL;

CREATE TABLE measurement_component (
    measurement_id BIGINT NOT NULL,
    name VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
    component_value DECIMAL(19, 6) NOT NULL,
    PRIMARY KEY (measurement_id, name),
    CONSTRAINT fk_measurement_component_measurement FOREIGN KEY (measurement_id) REFERENCES measurement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Envers writes a removed and an added row in one revision when a component's figure changes, so the
-- figure is part of the key.
CREATE TABLE measurement_component_aud (
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    measurement_id BIGINT NOT NULL,
    name VARCHAR(60) COLLATE utf8mb4_bin NOT NULL,
    component_value DECIMAL(19, 6) NOT NULL,
    PRIMARY KEY (REV, measurement_id, name, component_value),
    CONSTRAINT fk_measurement_component_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
