-- A coach who is away (a holiday, sick leave) gives their last day away;
-- until then the coaches of their team may read and answer their
-- jobseekers' messages, each read audited ('messages-cover').
alter table account add column away_until date;
alter table account add constraint account_away_coaches_only check (away_until is null or role = 'coach');
create index account_away_idx on account (team, away_until) where away_until is not null;
comment on column account.away_until is
    'A coach''s last day away, set by themselves: until then their team may read and answer their jobseekers'' messages.';

-- A conversation removed with a jobseeker's account leaves its coach a
-- line that it was there, without anything about the person.
create table former_conversation (
    former_id bigint generated always as identity primary key,
    coach_id bigint not null references account (account_id) on delete cascade,
    -- The month, as precise as the account's own deleted_at.
    removed_in date not null,
    unread integer not null check (unread >= 0)
);
create index former_conversation_coach_idx on former_conversation (coach_id, removed_in);
comment on table former_conversation is
    'That a jobseeker''s conversation was removed with their account, for their coach: the month and how many messages the coach had not read. Nothing about the person. Deleted after 90 days.';

-- Each notice's one-click link to stop that channel names the account by
-- this random key, which says nothing about who it is and works without
-- signing in (a link in an email, or in a text message on a shared phone).
alter table account add column unsubscribe_key uuid not null default gen_random_uuid();
create unique index account_unsubscribe_key_idx on account (unsubscribe_key);
comment on column account.unsubscribe_key is
    'Random; names the account in the one-click "stop these emails / texts" links of its notices.';

-- A daily digest instead of an email per notice: the notices wait here and
-- go as one email after 8 in the morning (Helsinki), once a day.
alter table account add column notify_digest boolean not null default false;
alter table account add column digest_sent_on date;
comment on column account.notify_digest is 'Emails gathered into one a day (text messages still come one by one).';
comment on column account.digest_sent_on is 'The Helsinki day the last digest went, so two workers send one a day.';
create table digest_item (
    item_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    -- The Fluent id of the notice's subject: never personal content.
    subject text not null check (length(subject) between 1 and 100),
    created_at timestamptz not null default now()
);
create index digest_item_account_idx on digest_item (account_id);
comment on table digest_item is
    'A notice waiting for the person''s daily digest email: only which kind it is, by its subject''s Fluent id.';
