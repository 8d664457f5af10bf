-- The keys that protect cookies and antiforgery tokens, as ASP.NET Core data protection writes them (XML, encrypted
-- with the configured certificate when one is set): shared by every instance on this app store, so a cookie issued by
-- one is read by another. A key is only ever added; data protection itself marks old keys revoked or expired.
CREATE TABLE data_protection_keys (
    friendly_name  TEXT PRIMARY KEY,
    xml            TEXT NOT NULL,
    stored_at      TIMESTAMPTZ NOT NULL
);
