-- People who sign in, one role each (an agency lead bound to one agency), and their personal access tokens.
-- Passwords and tokens are kept only as hashes.
CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name             TEXT NOT NULL UNIQUE,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL,
    agency_id             TEXT NULL,
    password_hash         TEXT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins       INTEGER NOT NULL DEFAULT 0,
    locked_until          TEXT NULL,
    last_sign_in_at       TEXT NULL,
    created_at            TEXT NOT NULL,
    CHECK ((role = 'AgencyLead') = (agency_id IS NOT NULL))
);

CREATE TABLE access_tokens (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    INTEGER NOT NULL REFERENCES accounts (id),
    name          TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    last_used_at  TEXT NULL,
    revoked_at    TEXT NULL
);

CREATE INDEX ix_access_tokens_account ON access_tokens (account_id);
