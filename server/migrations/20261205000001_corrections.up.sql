-- A coach can correct or withdraw a note or an outcome they recorded. Every
-- earlier version is kept, and a withdrawn one stays visible to coaches,
-- marked: the record shows what was said, by whom and when.

alter table coach_note
    add column corrected_at timestamptz,
    add column withdrawn_at timestamptz,
    add column withdrawn_by bigint references account (account_id) on delete set null;
comment on column coach_note.corrected_at is 'When the text or the sharing was last corrected; earlier versions are in coach_note_version.';
comment on column coach_note.withdrawn_at is 'When its author withdrew the note: it is no longer shown to the jobseeker, and coaches see it marked as withdrawn.';

create table coach_note_version (
    version_id bigint generated always as identity primary key,
    note_id bigint not null references coach_note (note_id) on delete cascade,
    body text not null,
    shared boolean not null,
    written_at timestamptz not null,
    replaced_at timestamptz not null default now()
);
create index coach_note_version_note_idx on coach_note_version (note_id, version_id);
comment on table coach_note_version is 'An earlier version of a coach note, kept when its author corrected it. Personal data: deleted with the note and the account.';

alter table outcome
    add column corrected_at timestamptz,
    add column withdrawn_at timestamptz,
    add column withdrawn_by bigint references account (account_id) on delete set null;
comment on column outcome.withdrawn_at is 'When its author withdrew the outcome: the report, the current situation and the caseload ignore it; coaches see it marked as withdrawn.';

create table outcome_version (
    version_id bigint generated always as identity primary key,
    outcome_id bigint not null references outcome (outcome_id) on delete cascade,
    situation text not null,
    since date not null,
    recorded_at timestamptz not null,
    replaced_at timestamptz not null default now()
);
create index outcome_version_outcome_idx on outcome_version (outcome_id, version_id);
comment on table outcome_version is 'An earlier version of an outcome, kept when its author corrected it. Anonymised with the outcome when the account is deleted.';
