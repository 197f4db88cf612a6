-- Which standard measure (docs/libraries.md) each imported indicator was made from, and the version
-- of its set its definition last came from. A set's measure is imported once, then upgraded.
-- Times are UTC instants, as in V20.
CREATE TABLE imported_measure (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    indicator_id BIGINT NOT NULL,
    set_code VARCHAR(20) NOT NULL,
    set_version VARCHAR(20) NOT NULL,
    measure_code VARCHAR(40) NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    upgraded_at DATETIME(6),
    CONSTRAINT uq_imported_measure_indicator UNIQUE (indicator_id),
    CONSTRAINT uq_imported_measure_measure UNIQUE (set_code, measure_code),
    CONSTRAINT fk_imported_measure_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
