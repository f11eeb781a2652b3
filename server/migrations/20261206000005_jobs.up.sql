-- Employers and the jobs and work tasks they offer, in the vocabulary's
-- terms so they can be matched with people's skills.

create table employer (
    employer_id bigint generated always as identity primary key,
    name text not null check (length(name) between 1 and 200),
    -- The Finnish business ID (Y-tunnus), when known: how a feed names the same employer again.
    business_id text unique check (business_id ~ '^[0-9]{7}-[0-9]$'),
    created_by bigint references account (account_id) on delete set null,
    created_at timestamptz not null default now()
);
create unique index employer_name_idx on employer (lower(name)) where business_id is null;
comment on table employer is 'An employer organisation that offers jobs and work tasks.';

create table employer_member (
    employer_id bigint not null references employer (employer_id) on delete cascade,
    account_id bigint not null references account (account_id) on delete cascade,
    added_by bigint references account (account_id) on delete set null,
    added_at timestamptz not null default now(),
    primary key (employer_id, account_id)
);
create index employer_member_account_idx on employer_member (account_id);
comment on table employer_member is 'Staff who may post and manage the employer''s jobs.';

create table job (
    job_id bigint generated always as identity primary key,
    employer_id bigint not null references employer (employer_id),
    kind text not null check (kind in ('job', 'work-task')),
    status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
    occupation_id text references vocabulary_occupation,
    municipality text check (length(municipality) between 1 and 100),
    remote boolean not null default false,
    form text check (form in ('permanent', 'fixed-term', 'part-time', 'subsidised', 'apprenticeship', 'work-trial')),
    hours text check (length(hours) between 1 and 200),
    -- True: the job needs Finnish (job_language says how much); false: Finnish
    -- is not required, a first-class answer; null: not said (an import).
    finnish_required boolean,
    adjustments text[] not null default '{}',
    start_on date,
    apply_by date,
    how_to_apply text check (length(how_to_apply) between 1 and 2000),
    apply_url text check (apply_url ~ '^https?://' and length(apply_url) <= 2000),
    event_id bigint references event (event_id) on delete set null,
    -- Where an imported job came from, so importing the feed again updates it.
    source text check (length(source) between 1 and 100),
    source_id text check (length(source_id) between 1 and 500),
    created_by bigint references account (account_id) on delete set null,
    created_at timestamptz not null default now(),
    published_at timestamptz,
    closed_at timestamptz,
    check ((source is null) = (source_id is null)),
    check ((status = 'published') <= (published_at is not null)),
    check ((status = 'closed') = (closed_at is not null))
);
create unique index job_source_idx on job (source, source_id) where source is not null;
create index job_open_idx on job (employer_id) where status = 'published';
comment on table job is 'A job or work task an employer offers; matched with jobseekers'' skills once published.';

create table job_text (
    job_id bigint not null references job (job_id) on delete cascade,
    locale text not null check (locale in ('fi', 'sv', 'en')),
    title text not null check (length(title) between 1 and 200),
    description text not null check (length(description) between 1 and 10000),
    primary key (job_id, locale)
);
comment on table job_text is 'A job''s title and description in one language.';

create table job_skill (
    job_id bigint not null references job (job_id) on delete cascade,
    skill_id text not null references vocabulary_skill,
    must boolean not null,
    primary key (job_id, skill_id)
);
create index job_skill_skill_idx on job_skill (skill_id, job_id);
comment on column job_skill.must is 'A must-have skill (true) or a nice-to-have one (false).';

create table job_certificate (
    job_id bigint not null references job (job_id) on delete cascade,
    certificate_id text not null references vocabulary_certificate,
    primary key (job_id, certificate_id)
);

create table job_language (
    job_id bigint not null references job (job_id) on delete cascade,
    language_id text not null references vocabulary_language,
    level text not null check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    primary key (job_id, language_id)
);

create table job_change (
    change_id bigint generated always as identity primary key,
    job_id bigint not null references job (job_id) on delete cascade,
    changed_by bigint references account (account_id) on delete set null,
    changed_at timestamptz not null default now(),
    what text not null check (what in ('created', 'imported', 'edited', 'published', 'closed')),
    detail text check (length(detail) <= 2000)
);
create index job_change_job_idx on job_change (job_id, change_id);
comment on table job_change is 'Who changed what in a job and when: its history.';
