-- The coach workspace: a jobseeker's employment plan with its history, coach
-- notes and outcomes.

create table plan_goal (
    goal_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    what text not null check (length(what) between 1 and 500),
    status text not null default 'open' check (status in ('open', 'reached', 'dropped')),
    created_at timestamptz not null default now()
);
create index plan_goal_account_idx on plan_goal (account_id);
comment on table plan_goal is 'A goal of a jobseeker''s employment plan, agreed with their coach. Personal data: exported and deleted with the account.';

create table plan_step (
    step_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    goal_id bigint references plan_goal (goal_id) on delete cascade,
    what text not null check (length(what) between 1 and 500),
    who text not null check (who in ('jobseeker', 'coach', 'together')),
    due_on date,
    status text not null default 'todo' check (status in ('todo', 'doing', 'done', 'dropped')),
    created_at timestamptz not null default now()
);
create index plan_step_account_idx on plan_step (account_id, status);
comment on table plan_step is 'A step of a jobseeker''s plan: what, who does it, by when, and how far it is. The jobseeker marks their steps done.';
comment on column plan_step.goal_id is 'The goal the step leads to; null for a step on its own.';

create table plan_change (
    change_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    goal_id bigint references plan_goal (goal_id) on delete cascade,
    step_id bigint references plan_step (step_id) on delete cascade,
    changed_by bigint references account (account_id) on delete set null,
    changed_at timestamptz not null default now(),
    what text not null,
    who text,
    due_on date,
    status text not null,
    check ((goal_id is null) <> (step_id is null))
);
create index plan_change_account_idx on plan_change (account_id, changed_at);
comment on table plan_change is 'Every version of every goal and step, written with each change: the plan''s history shows who changed what and when.';

create table coach_note (
    note_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    written_by bigint references account (account_id) on delete set null,
    body text not null check (length(body) between 1 and 4000),
    shared boolean not null default false,
    created_at timestamptz not null default now()
);
create index coach_note_account_idx on coach_note (account_id, created_at);
comment on table coach_note is 'A coach''s note about a jobseeker. Private to coaches unless shared, then the jobseeker sees it on their plan. Personal data: exported and deleted with the account.';

create table outcome (
    outcome_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    situation text not null check (situation in (
        'employed_full_time', 'employed_part_time', 'subsidised_work', 'training',
        'other_service', 'seeking', 'left_service')),
    since date not null,
    recorded_by bigint references account (account_id) on delete set null,
    recorded_at timestamptz not null default now()
);
create index outcome_account_idx on outcome (account_id, since);
create index outcome_since_idx on outcome (since, situation);
comment on table outcome is 'A jobseeker''s situation from a date, as their coach recorded it. Accounts are blanked, not deleted (see account): the outcome stays, leading to no one, for the anonymous impact report.';

-- Facts the report and the caseload read for thousands of people at once,
-- written when they happen rather than worked out again from every answer.
alter table skill_assessment add column mean_score real;
comment on column skill_assessment.mean_score is
    'The mean of the area scores, set when the assessment is submitted: the impact report''s measure of a person''s level.';
update skill_assessment s
set mean_score = (select avg(a.score) from skill_area_score a where a.assessment_id = s.assessment_id)
where s.submitted_at is not null;

create table module_completion (
    account_id bigint not null references account (account_id) on delete cascade,
    module_id text not null references module (module_id) on delete cascade,
    completed_at timestamptz not null,
    primary key (account_id, module_id)
);
create index module_completion_completed_at_idx on module_completion (completed_at);
comment on table module_completion is
    'When a jobseeker first had every step of a module done. Derived from module_answer and deleted with it.';
insert into module_completion (account_id, module_id, completed_at)
select a.account_id, a.module_id, max(a.answered_at)
from module_answer a join module_step s using (module_id, step_id)
where s.position is not null
group by a.account_id, a.module_id
having count(*) >= (select count(*) from module_step t where t.module_id = a.module_id and t.position is not null);

-- Coaches work in teams; the impact report can cover a team's jobseekers.
alter table account add column team text check (length(team) between 1 and 100);
alter table account add constraint account_team_coaches_only check (team is null or role = 'coach');
create index account_team_idx on account (team) where team is not null;
comment on column account.team is 'The team a coach works in (set by an admin), for the impact report of a team.';
