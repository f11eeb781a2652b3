-- The shared vocabulary (content/vocabulary): the items that profiles, jobs
-- and matching refer to, with the ESCO URIs they are exchanged by. Labels and
-- suggestion words stay in the content files, which every process reads.

create table vocabulary_version (
    vocabulary_version_id boolean primary key default true check (vocabulary_version_id),
    version integer not null check (version >= 1),
    content_hash text not null,
    loaded_at timestamptz not null default now()
);
comment on table vocabulary_version is
    'The one loaded version of content/vocabulary, to refuse changed files without a new version.';

create table vocabulary_skill (
    skill_id text primary key,
    esco_uri text not null,
    field text not null,
    active boolean not null default true
);
comment on column vocabulary_skill.active is
    'False once the skill has left the content files: what refers to it is kept, nothing new may.';

create table vocabulary_occupation (
    occupation_id text primary key,
    esco_uri text not null,
    isco_code text not null check (isco_code ~ '^[0-9]{4}$'),
    field text not null,
    active boolean not null default true
);

create table vocabulary_certificate (
    certificate_id text primary key,
    skill_id text references vocabulary_skill,
    valid_years smallint check (valid_years between 1 and 50),
    active boolean not null default true
);

create table vocabulary_language (
    language_id text primary key,
    active boolean not null default true
);
