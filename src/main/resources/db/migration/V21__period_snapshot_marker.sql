-- Whether a locked or published period's snapshot was taken (docs/rules.md#a-locked-period-keeps-its-statuses).
-- The snapshot's rows alone cannot say so: a period locked while its set of indicators (or of
-- actions) was empty has none of them, and was judged live like a period locked before V13. Set
-- as the period is locked, cleared as it is reopened; not audited, like the snapshot itself.
ALTER TABLE reporting_period ADD COLUMN snapshot_taken BOOLEAN NOT NULL DEFAULT FALSE;

-- A period locked since V13 has a snapshot of whatever it held then.
UPDATE reporting_period p
   SET snapshot_taken = TRUE
 WHERE p.state <> 'OPEN'
   AND (EXISTS (SELECT 1 FROM indicator_as_locked s WHERE s.period_code = p.code)
        OR EXISTS (SELECT 1 FROM action_as_locked s WHERE s.period_code = p.code));
