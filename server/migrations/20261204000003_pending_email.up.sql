-- A new email address waits here until its owner follows the link sent to
-- it: until then it signs nobody in and gets no reset links.
alter table account
    add column pending_email citext,
    add column pending_email_code bytea unique,
    add column pending_email_expires_at timestamptz,
    add constraint account_pending_email_whole check (
        (pending_email is null) = (pending_email_code is null)
        and (pending_email is null) = (pending_email_expires_at is null));
comment on column account.pending_email is 'A new email address asked for on "My account", used only once confirmed by the link sent to it. Personal data: exported and deleted with the account.';
comment on column account.pending_email_code is 'HMAC-SHA-256 of the confirmation link''s code under the server key.';
