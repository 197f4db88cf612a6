-- Commentary a service marks internal: shown to signed-in people, in the API and in committee
-- packs as before, never on the public page or in the open-data files (docs/open-data.md).
-- Not internal unless marked. The audit tables' existing rows get FALSE too: Envers reads each
-- stored version into the entity, whose flag cannot be null.
ALTER TABLE measurement ADD COLUMN commentary_internal BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measurement_aud ADD COLUMN commentary_internal BOOLEAN DEFAULT FALSE;
ALTER TABLE action_update ADD COLUMN commentary_internal BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE action_update_aud ADD COLUMN commentary_internal BOOLEAN DEFAULT FALSE;
