-- The committee front sheet, kept with the period's cover (docs/reports.md#the-front-sheet): the
-- report's purpose, its recommendations and background papers (one per line), its implications
-- (each NULL when not stated) and its contact officers, in order.
ALTER TABLE pack_cover
    ADD COLUMN purpose TEXT,
    ADD COLUMN recommendations TEXT,
    ADD COLUMN implication_financial VARCHAR(2000),
    ADD COLUMN implication_legal VARCHAR(2000),
    ADD COLUMN implication_risk VARCHAR(2000),
    ADD COLUMN implication_equalities VARCHAR(2000),
    ADD COLUMN implication_climate VARCHAR(2000),
    ADD COLUMN background_papers TEXT;

CREATE TABLE pack_cover_contact (
    cover_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    post VARCHAR(150) NOT NULL,
    phone VARCHAR(30),
    email VARCHAR(254),
    PRIMARY KEY (cover_id, position),
    CONSTRAINT fk_pack_cover_contact_cover FOREIGN KEY (cover_id) REFERENCES pack_cover (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Officers' narrative per period: one text per priority ("priority:HC") or appendix
-- ("appendix:finance"), printed at the top of it (docs/reports.md#officers-narrative).
CREATE TABLE pack_narrative (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    period_code VARCHAR(16) NOT NULL,
    subject VARCHAR(80) NOT NULL,
    body TEXT,
    CONSTRAINT uk_pack_narrative UNIQUE (period_code, subject),
    CONSTRAINT fk_pack_narrative_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who wrote which narrative, and what it said before (docs/design.md: every change to commentary
-- keeps who, when, old value and new value).
CREATE TABLE pack_narrative_aud (
    id BIGINT NOT NULL,
    REV BIGINT NOT NULL,
    REVTYPE TINYINT,
    period_code VARCHAR(16),
    subject VARCHAR(80),
    body TEXT,
    PRIMARY KEY (id, REV),
    CONSTRAINT fk_pack_narrative_aud_rev FOREIGN KEY (REV) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
