-- Council accounts bound to the identity provider's issuer and subject (`iss` + `sub`), which the provider never lets
-- its users change: a council sign-in finds its account by these and never by a user name or e-mail address. One
-- account per issuer and subject.
ALTER TABLE accounts ADD COLUMN council_issuer TEXT NULL;
ALTER TABLE accounts ADD COLUMN council_subject TEXT NULL;
CREATE UNIQUE INDEX ux_accounts_council_subject ON accounts (council_issuer, council_subject);
