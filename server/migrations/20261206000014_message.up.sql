-- Messages between a jobseeker and their coach. A jobseeker has one
-- conversation, with whoever is their coach: a new coach reads what was
-- said before, as they read the plan and the notes.
create table message (
    message_id bigint generated always as identity primary key,
    -- Whose conversation it is: the jobseeker's.
    account_id bigint not null references account (account_id) on delete cascade,
    -- Who wrote it: the jobseeker, or a coach (gone with a removed staff account).
    written_by bigint references account (account_id) on delete set null,
    from_jobseeker boolean not null,
    body text not null check (length(body) between 1 and 4000),
    -- Chosen by the sender's form, so a form sent twice is one message.
    sent_key uuid not null,
    created_at timestamptz not null default now(),
    -- When the other side first saw it.
    read_at timestamptz,
    unique (account_id, sent_key)
);
create index message_conversation_idx on message (account_id, message_id desc);
create index message_unread_idx on message (account_id, from_jobseeker) where read_at is null;
-- The caseload's "last activity" reads a person's latest message to their coach.
create index message_jobseeker_latest_idx on message (account_id, created_at) where from_jobseeker;
comment on table message is
    'The jobseeker''s conversation with their coach. Personal data of the jobseeker: in their export, deleted with their account.';

-- A message refused (too long, a full day) is kept to correct, as long
-- staff forms are: the flash cookie cannot hold a long text.
alter table form_draft drop constraint form_draft_form_check;
alter table form_draft add constraint form_draft_form_check check (form in ('event', 'job', 'message'));
comment on column form_draft.item_id is '0 for a new item, else the event or job being changed, or the jobseeker whose conversation a message is for.';
comment on table form_draft is
    'A long form (an event, a job, a message) as typed when saving failed, shown again once; a jobseeker''s goes with their account.';
