-- Accounts, sessions, one-time codes, the audit log and the email outbox.
create extension if not exists citext;

create type account_role as enum ('jobseeker', 'coach', 'organiser', 'admin');

create table account (
    account_id bigint generated always as identity primary key,
    role account_role not null,
    display_name text check (length(display_name) between 1 and 100),
    email citext unique check (length(email) <= 254),
    phone text unique check (phone ~ '^\+[0-9]{6,15}$'),
    password_hash text,
    locale text not null default 'fi' check (locale in ('fi', 'sv', 'en')),
    birth_year smallint check (birth_year between 1900 and 2100),
    gender text check (gender in ('female', 'male', 'other')),
    coach_id bigint references account (account_id) on delete set null,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- A live account can sign in; a deleted one keeps only anonymous facts.
    check (
        (deleted_at is null and display_name is not null and password_hash is not null
            and (email is not null or phone is not null))
        or (deleted_at is not null and display_name is null and password_hash is null
            and email is null and phone is null)
    ),
    check (role = 'jobseeker' or coach_id is null)
);

create index account_coach_id_idx on account (coach_id) where coach_id is not null;
create trigger account_updated_at before update on account
    for each row execute function set_updated_at();

comment on table account is
    'Everyone who signs in. Deleting an account blanks its personal data and keeps the row for anonymous statistics.';
comment on column account.phone is 'Normalised to international form, e.g. +358401234567.';
comment on column account.password_hash is 'Argon2id PHC string; never leaves the server.';
comment on column account.birth_year is 'Optional; only for the anonymous impact report by age group.';
comment on column account.gender is 'Optional; only for the anonymous impact report by gender.';
comment on column account.coach_id is 'The coach whose caseload a jobseeker is on.';

create table session (
    session_id bytea primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null
);

create index session_account_id_idx on session (account_id);
comment on table session is
    'Signed-in browsers. session_id is the SHA-256 of the cookie token, so a copy of this table cannot be used to sign in.';
comment on column session.expires_at is 'Absolute end of the session, however active it is.';

create type one_time_code_purpose as enum ('invitation', 'password_reset');

create table one_time_code (
    one_time_code_id bigint generated always as identity primary key,
    code_hash bytea not null unique,
    purpose one_time_code_purpose not null,
    issued_by bigint references account (account_id) on delete cascade,
    account_id bigint references account (account_id) on delete cascade,
    expires_at timestamptz not null,
    used_at timestamptz,
    created_at timestamptz not null default now(),
    check (purpose = 'password_reset' or account_id is null),
    check (purpose = 'invitation' or account_id is not null),
    check (purpose = 'password_reset' or issued_by is not null)
);

comment on table one_time_code is
    'Invitation codes (a coach invites a jobseeker) and password-reset codes (by email link or from a coach). Stored as HMAC-SHA-256 with the server key: a copy of this table reveals no code.';
comment on column one_time_code.issued_by is 'The coach who issued the code; null for a reset the person asked for by email.';
comment on column one_time_code.account_id is 'Whose password a reset code changes.';

create table audit_log (
    audit_log_id bigint generated always as identity primary key,
    actor_id bigint references account (account_id) on delete set null,
    subject_id bigint references account (account_id) on delete set null,
    action text not null check (action ~ '^[a-z_]+$'),
    detail text check (length(detail) <= 200),
    created_at timestamptz not null default now()
);

create index audit_log_subject_id_idx on audit_log (subject_id, created_at);
comment on table audit_log is
    'Who did what to whom and when: sign-ins, failures, role changes, password resets, views of a jobseeker''s data. Never passwords, codes or message bodies.';
comment on column audit_log.detail is 'What was viewed or changed, as a short machine name (e.g. a page or the new role).';

create table outbox (
    outbox_id bigint generated always as identity primary key,
    recipient text not null,
    subject text not null,
    body text not null,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at timestamptz,
    last_error text,
    created_at timestamptz not null default now()
);

create index outbox_due_idx on outbox (next_attempt_at) where sent_at is null;
comment on table outbox is
    'Email waiting to be sent by a background worker; the body is blanked once sent, since it may hold a one-time link.';
