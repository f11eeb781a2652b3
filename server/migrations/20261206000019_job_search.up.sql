-- The jobseeker's job-search log: what they did to find work, added by hand
-- in one short form. What they do in Askel (interest in a job, an event
-- attended, a module completed) is read from
-- where it is already kept, not copied here.
create table job_search_entry (
    entry_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    kind text not null check (kind in ('application', 'contact', 'interview', 'other')),
    happened_on date not null,
    -- Empty only for something else than an application, a contact or an interview.
    employer text not null check (length(employer) <= 200 and (kind = 'other' or length(employer) >= 1)),
    what text not null default '' check (length(what) <= 300),
    created_at timestamptz not null default now()
);
create index job_search_entry_account_idx on job_search_entry (account_id, happened_on);
comment on table job_search_entry is
    'One thing a jobseeker did to find work, as they wrote it: an application, a contact, an interview. Personal data: exported and deleted with the account.';
