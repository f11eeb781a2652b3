-- Coaching modules (content loaded from content/modules), jobseekers' answers
-- and coaches' assignments.

create table module (
    module_id text primary key check (module_id ~ '^[a-z0-9-]{1,40}$'),
    position integer not null,
    version integer not null check (version > 0),
    minutes integer not null check (minutes between 1 and 600),
    content_hash text not null,
    active boolean not null default true,
    loaded_at timestamptz not null default now()
);

comment on table module is 'A coaching module, loaded from content/modules/<module_id>/ by `askel content load` and at start-up.';
comment on column module.active is 'False once the module''s folder is gone: it leaves the list, answers to it stay.';
comment on column module.content_hash is 'SHA-256 of the module''s files: changed content must come with a higher version.';

create table module_step (
    module_id text not null references module (module_id) on delete cascade,
    step_id text not null check (step_id ~ '^[a-z0-9-]{1,40}$'),
    position integer,
    kind text not null check (kind in ('text', 'video', 'question', 'checklist', 'reflection')),
    primary key (module_id, step_id),
    unique (module_id, position)
);

comment on table module_step is 'The steps of a module. A step dropped from the content keeps its row with a null position (retired), so answers to it stay in the person''s own data.';

create table module_locale (
    module_id text not null references module (module_id) on delete cascade,
    locale text not null check (locale in ('fi', 'sv', 'en')),
    content jsonb not null,
    primary key (module_id, locale)
);

comment on table module_locale is 'The module in one language: title, summary and every step, Markdown already rendered to HTML.';

create table module_answer (
    account_id bigint not null references account (account_id) on delete cascade,
    module_id text not null,
    step_id text not null,
    choices text[] not null default '{}',
    text text not null default '' check (length(text) <= 4000),
    shared_with_coach boolean not null default false,
    answered_at timestamptz not null default now(),
    primary key (account_id, module_id, step_id),
    foreign key (module_id, step_id) references module_step (module_id, step_id) on delete cascade
);

create index module_answer_module_idx on module_answer (module_id, step_id);
comment on table module_answer is 'A jobseeker''s answer to a step (a step with nothing to answer is stored empty: it marks the step done). Personal data: exported and deleted with the account.';
comment on column module_answer.choices is 'Chosen options of a question, or ticked items of a checklist.';
comment on column module_answer.text is 'A free-text answer or a reflection.';
comment on column module_answer.shared_with_coach is 'A reflection is private unless the jobseeker shares it with their coach.';

create table answer_receipt (
    answer_id uuid primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    received_at timestamptz not null default now()
);

create index answer_receipt_account_idx on answer_receipt (account_id);
comment on table answer_receipt is 'The id every answer carries (made by the browser, or by the form for plain posts): an answer sent twice, e.g. replayed after being offline, is applied once.';

create table module_assignment (
    account_id bigint not null references account (account_id) on delete cascade,
    module_id text not null references module (module_id) on delete cascade,
    assigned_by bigint references account (account_id) on delete set null,
    due_on date,
    assigned_at timestamptz not null default now(),
    primary key (account_id, module_id)
);

comment on table module_assignment is 'A module a coach asked a jobseeker on their caseload to do, with an optional due date.';
