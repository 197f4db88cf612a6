-- HTTP sessions shared by every server of a cluster: Liberty's sessionDatabase-1.0 keeps them here
-- (server-config/fragment/council-performance-sessions.xml, docs/design.md#sessions-on-several-servers).
-- Liberty owns the rows; nothing in the application reads them. It would create the table itself (as
-- MySQL's, since that data source asks the driver for MySQL metadata: its generic DDL is DB2's, which
-- MariaDB refuses), but it looks for an existing one in every database of the MariaDB server, so a
-- second council's database on the same server could hide it; made here, it is always in this one.
-- The columns are Liberty's MySQL ones; binary collation, because session ids are case-sensitive.
-- Liberty may have made it first on a fresh database (its session manager can start before Flyway):
-- then only the collation changes.
CREATE TABLE IF NOT EXISTS council_performance_sessions (
    id VARCHAR(128) NOT NULL,
    propid VARCHAR(128) NOT NULL,
    appname VARCHAR(128) NOT NULL,
    listenercnt SMALLINT,
    lastaccess BIGINT,
    creationtime BIGINT,
    maxinactivetime INT,
    username VARCHAR(255),
    small BLOB,
    medium MEDIUMBLOB,
    large LONGBLOB,
    CONSTRAINT sess_index UNIQUE (id, propid, appname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE council_performance_sessions CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
