-- People who sign in, one role each (an agency lead bound to one agency), and their personal access tokens.
-- Passwords and tokens are kept only as hashes.
CREATE TABLE accounts (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name             TEXT NOT NULL UNIQUE,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL,
    agency_id             TEXT NULL,
    password_hash         TEXT NULL,
    must_change_password  BOOLEAN NOT NULL DEFAULT FALSE,
    failed_sign_ins       INTEGER NOT NULL DEFAULT 0,
    locked_until          TIMESTAMPTZ NULL,
    last_sign_in_at       TIMESTAMPTZ NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    CHECK ((role = 'AgencyLead') = (agency_id IS NOT NULL))
);

CREATE TABLE access_tokens (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES accounts (id),
    name          TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    last_used_at  TIMESTAMPTZ NULL,
    revoked_at    TIMESTAMPTZ NULL
);

CREATE INDEX ix_access_tokens_account ON access_tokens (account_id);
