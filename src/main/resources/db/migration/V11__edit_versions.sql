-- Issue 14, item 1: every resource a client edits whole gets a version (JPA @Version), so a write
-- that carries the version it read (If-Match) is refused when someone else changed it meanwhile.
-- Envers leaves the optimistic-locking field out of the *_aud tables (its default), so only the
-- live tables change. See docs/design.md#versions and docs/api.md#versions-and-lost-updates.
ALTER TABLE risk ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pack_cover ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE priority ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE corporate_plan ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE capital_fund ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE revenue_account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE intervention_plan ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_token ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE directorate ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE business_unit ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE absence_record ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE council_absence ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE absence_target ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contact_centre_month ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contact_centre_supplied_totals ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE action ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE action_update ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE target ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE indicator ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE measurement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reporting_period ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Replacing an absence reason with another writes, in one revision, the old row's removal and the
-- new row's addition at the same position; a primary key on (REV, council_absence_id, position)
-- refused the second (answered 409). V7 did the same for variance comments and plan steps.
ALTER TABLE absence_reason_aud ADD INDEX ix_absence_reason_aud_rev (REV), DROP PRIMARY KEY,
    ADD INDEX ix_absence_reason_aud (council_absence_id, REV);
