-- Seasonal profiles and the council's own forecasts (docs/rules.md#profiles,
-- docs/rules.md#the-councils-own-forecast). An indicator's seasonal profile is the percentage of its
-- annual target due in each quarter, all four NULL for straight-line (every existing indicator). A
-- locked period keeps the profile it was judged with. A measurement may carry the officer's own
-- year-end forecast and the status they gave it.

ALTER TABLE indicator
    ADD COLUMN profile_q1 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q2 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q3 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q4 DECIMAL(9, 6) NULL;

ALTER TABLE indicator_aud
    ADD COLUMN profile_q1 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q2 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q3 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q4 DECIMAL(9, 6) NULL;

ALTER TABLE indicator_as_locked
    ADD COLUMN profile_q1 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q2 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q3 DECIMAL(9, 6) NULL,
    ADD COLUMN profile_q4 DECIMAL(9, 6) NULL;

ALTER TABLE measurement
    ADD COLUMN own_forecast DECIMAL(19, 6) NULL,
    ADD COLUMN own_forecast_status VARCHAR(20) NULL;

ALTER TABLE measurement_aud
    ADD COLUMN own_forecast DECIMAL(19, 6) NULL,
    ADD COLUMN own_forecast_status VARCHAR(20) NULL;
