-- Employer rendezvous events: what organisers publish, the seats or time
-- slots jobseekers book, and the waiting lists behind them.
--
-- Seats are never overbooked because every sign-up, cancellation and
-- promotion of an event runs in a transaction that first locks the event's
-- row (`select … for update`): they happen one after another, and the counts
-- they read cannot change under them.

create table event (
    event_id bigint generated always as identity primary key,
    organiser_id bigint not null references account (account_id),
    status text not null default 'draft' check (status in ('draft', 'published', 'cancelled')),
    employer text not null check (length(employer) between 1 and 200),
    sector text not null check (sector ~ '^[a-z-]{1,40}$'),
    kind text not null check (kind ~ '^[a-z-]{1,40}$'),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    signup_deadline timestamptz not null,
    address text check (length(address) between 1 and 300),
    directions text check (length(directions) <= 1000),
    online_url text check (online_url ~ '^https://' and length(online_url) <= 500),
    accessibility text[] not null default '{}',
    accessibility_notes text not null default '' check (length(accessibility_notes) <= 1000),
    languages text[] not null check (cardinality(languages) between 1 and 20),
    capacity integer check (capacity between 1 and 100000),
    slot_minutes integer check (slot_minutes between 5 and 240),
    slot_seats integer check (slot_seats between 1 and 100),
    published_at timestamptz,
    cancelled_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_at > starts_at),
    check (signup_deadline <= starts_at),
    check ((address is null) <> (online_url is null)),
    -- Seats, or time slots with their own seats: never both.
    check ((capacity is null) = (slot_minutes is not null)),
    check ((slot_minutes is null) = (slot_seats is null)),
    check ((status = 'cancelled') = (cancelled_at is not null))
);

create index event_published_starts_at_idx on event (starts_at) where status = 'published';
create index event_organiser_idx on event (organiser_id, starts_at);
create trigger event_updated_at before update on event
    for each row execute function set_updated_at();
comment on table event is 'A rendezvous event: recruitment day, speed interviews, workplace visit or info session.';
comment on column event.capacity is 'Seats of an event without time slots; null when the event has slots.';
comment on column event.slot_minutes is 'Length of each time slot; the slots fill the event from start to end.';

create table event_text (
    event_id bigint not null references event (event_id) on delete cascade,
    locale text not null check (locale in ('fi', 'sv', 'en')),
    title text not null check (length(title) between 1 and 200),
    description text not null check (length(description) between 1 and 5000),
    primary key (event_id, locale)
);

comment on table event_text is 'An event''s title and description in one language; Finnish is always there, Swedish and English when written.';

create table event_question (
    event_id bigint not null references event (event_id) on delete cascade,
    position smallint not null check (position between 1 and 3),
    locale text not null check (locale in ('fi', 'sv', 'en')),
    question text not null check (length(question) between 1 and 300),
    primary key (event_id, position, locale)
);

comment on table event_question is 'A question the organiser asks everyone who signs up, in one language.';

create table event_slot (
    slot_id bigint generated always as identity primary key,
    event_id bigint not null references event (event_id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    seats integer not null check (seats between 1 and 100),
    check (ends_at > starts_at),
    unique (event_id, starts_at)
);

comment on table event_slot is 'A time slot of a speed-interview event; a jobseeker books a slot instead of a seat.';

create table event_signup (
    signup_id bigint generated always as identity primary key,
    event_id bigint not null references event (event_id) on delete cascade,
    slot_id bigint references event_slot (slot_id) on delete cascade,
    account_id bigint not null references account (account_id) on delete cascade,
    status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
    share_contact boolean not null default false,
    signed_up_by bigint references account (account_id) on delete set null,
    consent_noted_at timestamptz,
    created_at timestamptz not null default now(),
    confirmed_at timestamptz,
    cancelled_at timestamptz,
    reminded_at timestamptz,
    checked_in_at timestamptz,
    check ((status = 'cancelled') = (cancelled_at is not null)),
    check ((status = 'confirmed') <= (confirmed_at is not null)),
    check (signed_up_by is null or consent_noted_at is not null)
);

-- One live sign-up per person and event: signing up twice finds the first.
create unique index event_signup_one_live_idx on event_signup (event_id, account_id)
    where status <> 'cancelled';
create index event_signup_queue_idx on event_signup (event_id, slot_id, status, signup_id);
create index event_signup_account_idx on event_signup (account_id);
create index event_signup_reminder_idx on event_signup (event_id)
    where status = 'confirmed' and reminded_at is null;
comment on table event_signup is 'A jobseeker''s place at an event: confirmed, waiting (in signup_id order) or cancelled. Personal data: exported and deleted with the account.';
comment on column event_signup.share_contact is 'Whether the organiser may see the person''s email and phone; the name is always shown for check-in.';
comment on column event_signup.signed_up_by is 'The coach who signed the jobseeker up with their consent, if not the jobseeker.';

create table event_answer (
    signup_id bigint not null references event_signup (signup_id) on delete cascade,
    position smallint not null check (position between 1 and 3),
    answer text not null check (length(answer) between 1 and 1000),
    primary key (signup_id, position)
);

comment on table event_answer is 'A sign-up''s answer to one of the organiser''s questions. Personal data.';
