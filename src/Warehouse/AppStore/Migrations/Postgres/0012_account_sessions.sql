-- Sessions that can be ended: each account's security stamp, put in every session at sign-in and compared on each
-- request, changes whenever its password, role, agency or state changes (or its owner signs out everywhere); an
-- account an administrator has disabled can sign in by no means.
ALTER TABLE accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN disabled_at TIMESTAMPTZ NULL;
UPDATE accounts SET security_stamp = md5(random()::text || clock_timestamp()::text || id::text);
