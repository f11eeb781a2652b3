-- Skills self-assessment: frameworks (content loaded from content/assessments),
-- jobseekers' assessments with their answers, and the area scores of each
-- submitted assessment (for history and the coach's reports).

create table skill_framework (
    framework_id text primary key check (framework_id ~ '^[a-z0-9-]{1,40}$'),
    position integer not null,
    version integer not null check (version > 0),
    content_hash text not null,
    active boolean not null default true,
    loaded_at timestamptz not null default now()
);

comment on table skill_framework is 'A self-assessment framework (DigComp 2.2, working-life skills), loaded from content/assessments/<framework_id>/.';

create table skill_framework_locale (
    framework_id text not null references skill_framework (framework_id) on delete cascade,
    locale text not null check (locale in ('fi', 'sv', 'en')),
    content jsonb not null,
    primary key (framework_id, locale)
);

comment on table skill_framework_locale is 'The framework in one language: areas, competences and "I can" statements, with their ids.';

create table skill_assessment (
    assessment_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    framework_id text not null references skill_framework (framework_id),
    framework_version integer not null,
    mode text not null check (mode in ('short', 'full')),
    started_at timestamptz not null default now(),
    submitted_at timestamptz
);

create unique index skill_assessment_one_draft_idx on skill_assessment (account_id, framework_id)
    where submitted_at is null;
create index skill_assessment_history_idx on skill_assessment (account_id, framework_id, submitted_at)
    where submitted_at is not null;
comment on table skill_assessment is 'One self-assessment: a draft until submitted, then kept for the person''s history. Personal data: exported and deleted with the account.';

create table skill_answer (
    assessment_id bigint not null references skill_assessment (assessment_id) on delete cascade,
    statement_id text not null check (statement_id ~ '^[a-z0-9.-]{1,60}$'),
    value smallint check (value between 1 and 4),
    answered_at timestamptz not null default now(),
    primary key (assessment_id, statement_id)
);

comment on column skill_answer.value is '1 I can''t do this yet, 2 I can with help, 3 I can do it on my own, 4 I can help others; null: skipped.';

create table skill_area_score (
    assessment_id bigint not null references skill_assessment (assessment_id) on delete cascade,
    area_id text not null,
    score real not null check (score between 1 and 4),
    primary key (assessment_id, area_id)
);

comment on table skill_area_score is 'The mean of an area''s competence scores in a submitted assessment (areas with no answers have no row).';
