-- What the cover of a quarter's committee pack says: the committee and meeting it goes to, its
-- title and authors, and whether it is exempt from publication (the paragraph of Schedule 12A to
-- the Local Government Act 1972 that makes it so; NULL for a public report).

CREATE TABLE pack_cover (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_code VARCHAR(16) NOT NULL,
    committee VARCHAR(200) NOT NULL,
    meeting_date DATE,
    title VARCHAR(300) NOT NULL,
    authors TEXT,
    exempt_paragraph INT,
    CONSTRAINT uk_pack_cover_period UNIQUE (period_code),
    CONSTRAINT fk_pack_cover_period FOREIGN KEY (period_code) REFERENCES reporting_period (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
