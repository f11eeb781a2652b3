-- What an organiser typed into the event form when it could not be saved:
-- kept here rather than in the flash cookie, which cannot hold long texts.
create table event_form_draft (
    account_id bigint not null references account (account_id) on delete cascade,
    -- 0 for a new event, else the event being changed.
    event_id bigint not null,
    fields jsonb not null,
    saved_at timestamptz not null default now(),
    primary key (account_id, event_id)
);
comment on table event_form_draft is 'The event form as typed when saving failed, shown again once; deleted with the account.';
