-- A jobseeker's skills profile (issue 17): what they have done and the skills
-- it showed, certificates and cards, languages at CEFR levels, and skills a
-- coach has seen in practice. Private to the person and their coach.

create table experience (
    experience_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    kind text not null check (kind in ('work', 'volunteering', 'home', 'studies', 'other')),
    description text not null check (char_length(description) between 1 and 500),
    place text check (char_length(place) between 1 and 120),
    period text check (char_length(period) between 1 and 60),
    created_at timestamptz not null default now()
);
create index experience_account on experience (account_id);
comment on table experience is
    'Work, volunteering, home life or studies in the person''s own words; at most 40 per person (checked under a lock on the account row).';

create table experience_skill (
    experience_id bigint not null references experience on delete cascade,
    skill_id text not null references vocabulary_skill,
    primary key (experience_id, skill_id)
);

create table person_certificate (
    account_id bigint not null references account (account_id) on delete cascade,
    certificate_id text not null references vocabulary_certificate,
    valid_until date,
    added_at timestamptz not null default now(),
    primary key (account_id, certificate_id)
);

create table person_language (
    account_id bigint not null references account (account_id) on delete cascade,
    language_id text not null references vocabulary_language,
    level text not null check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    primary key (account_id, language_id)
);

create table confirmed_skill (
    account_id bigint not null references account (account_id) on delete cascade,
    skill_id text not null references vocabulary_skill,
    confirmed_by bigint references account (account_id) on delete set null,
    confirmed_at timestamptz not null default now(),
    primary key (account_id, skill_id)
);
comment on table confirmed_skill is
    'Skills a coach has seen the person use in practice, shown apart from what the person says of themselves.';
