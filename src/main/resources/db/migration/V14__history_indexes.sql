-- An indicator's history is read a page of change sets at a time, newest first
-- (docs/api.md#history): these indexes find an indicator's audited targets and measurements by
-- change set without reading every audited figure of every indicator.
CREATE INDEX ix_target_aud_indicator_rev ON target_aud (indicator_id, REV);
CREATE INDEX ix_measurement_aud_indicator_rev ON measurement_aud (indicator_id, REV);
