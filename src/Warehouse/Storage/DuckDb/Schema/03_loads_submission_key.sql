-- Stores made before loads carried a submission key.
ALTER TABLE loads ADD COLUMN IF NOT EXISTS submission_key VARCHAR DEFAULT '';
