-- The periods in which an indicator or action is reported (docs/rules.md#the-set-of-a-period): the
-- first and last period of its set, each a set-up reporting period or NULL for an open end. Every
-- existing indicator and action keeps NULL at both ends, so it stays in every period's set as
-- before. The list queries join these to the periods' dates.

ALTER TABLE indicator
    ADD COLUMN reported_from VARCHAR(16) NULL,
    ADD COLUMN reported_to VARCHAR(16) NULL,
    ADD CONSTRAINT fk_indicator_reported_from FOREIGN KEY (reported_from) REFERENCES reporting_period (code),
    ADD CONSTRAINT fk_indicator_reported_to FOREIGN KEY (reported_to) REFERENCES reporting_period (code);

ALTER TABLE indicator_aud
    ADD COLUMN reported_from VARCHAR(16) NULL,
    ADD COLUMN reported_to VARCHAR(16) NULL;

ALTER TABLE action
    ADD COLUMN reported_from VARCHAR(16) NULL,
    ADD COLUMN reported_to VARCHAR(16) NULL,
    ADD CONSTRAINT fk_action_reported_from FOREIGN KEY (reported_from) REFERENCES reporting_period (code),
    ADD CONSTRAINT fk_action_reported_to FOREIGN KEY (reported_to) REFERENCES reporting_period (code);

ALTER TABLE action_aud
    ADD COLUMN reported_from VARCHAR(16) NULL,
    ADD COLUMN reported_to VARCHAR(16) NULL;
