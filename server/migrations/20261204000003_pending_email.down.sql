alter table account
    drop constraint account_pending_email_whole,
    drop column pending_email_expires_at,
    drop column pending_email_code,
    drop column pending_email;
