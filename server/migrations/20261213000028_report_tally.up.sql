-- The impact report at national scale. Counting every person's history again
-- for each report took 3.4 s for the whole service at 100,000 jobseekers
-- (scripts/bench-national.sh). Instead, each person's facts for a period are
-- kept (report_fact), summed per coach and group as they change
-- (report_tally), and a report adds up a few hundred sums.
--
-- A period's facts are built the first time it is read. After that, every
-- write that can change a person's facts leaves their id in report_stale
-- (by the triggers below, so no write path can forget), and the facts of
-- those people are worked out again before the next report is read, or by
-- the server's background round, whichever comes first (app/src/report/db.rs).

create table report_period (
    period_id integer generated always as identity primary key,
    from_day date not null,
    until_day date not null,
    -- The start of from_day and the end of until_day, in Helsinki.
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    unique (from_day, until_day)
);
comment on table report_period is
    'A period the impact report has been read for: its facts are kept up to date from then on. Periods that can no longer be chosen are removed with their facts.';

create table report_fact (
    -- No foreign keys, which would cost a check per row when a period's
    -- facts are built (100,000 rows): facts go with their period in
    -- app/src/report/db.rs, and when an account row goes, its facts must
    -- still be found to take them out of the tally.
    period_id integer not null,
    account_id bigint not null,
    coach_id bigint not null, -- 0 for no coach
    gender text not null,
    age_group text not null,
    employed boolean not null,
    completed_module boolean not null,
    attended_event boolean not null,
    -- Latest minus first DigComp level, when assessed twice by the period's end.
    digital_change real,
    -- The day the person's first month in Askel ends, when in the period,
    -- and whether an employer was contacted about them by then.
    rapid_due_on date,
    rapid_met boolean not null,
    -- Three and six months after their first start of work in the period,
    -- and whether they were still employed then.
    kept3_due_on date,
    kept3 boolean not null,
    kept6_due_on date,
    kept6 boolean not null,
    primary key (period_id, account_id)
);
create index report_fact_account_idx on report_fact (account_id);
-- What is not yet due on a day is taken out of the tally when read: found by
-- its day, from the index alone, for the whole service (55 ms -> 30 ms at
-- 100,000), by coach for a caseload or a team (25 ms -> 4 ms).
create index report_fact_due_idx on report_fact (period_id, (greatest(rapid_due_on, kept3_due_on, kept6_due_on)))
    include (coach_id, gender, age_group, rapid_due_on, rapid_met, kept3_due_on, kept3, kept6_due_on, kept6);
create index report_fact_coach_idx on report_fact (period_id, coach_id);
comment on table report_fact is
    'One person''s facts in one period, as the impact report counts them. Derived from their account, outcomes, module completions, event check-ins, assessments and employer contacts, and removed when their account row is.';

create table report_tally (
    period_id integer not null references report_period on delete cascade,
    coach_id bigint not null,
    gender text not null,
    age_group text not null,
    people bigint not null,
    employed bigint not null,
    completed_module bigint not null,
    attended_event bigint not null,
    assessed_twice bigint not null,
    -- Exact, so that adding and taking out the same people returns to the same sum.
    digital_change_sum numeric not null,
    -- Everyone whose day falls in the period, due or not yet.
    rapid_due bigint not null,
    rapid_met bigint not null,
    kept3_due bigint not null,
    kept3 bigint not null,
    kept6_due bigint not null,
    kept6 bigint not null,
    primary key (period_id, coach_id, gender, age_group)
);
comment on table report_tally is
    'The sums of report_fact per period, coach, gender and age group; anonymous counts.';

-- report_fact's rows, added (sign 1) or taken out (-1) of the tally; both
-- triggers name their transition table "changed".
create function report_tally_apply() returns trigger
language plpgsql as $$
declare
    sign integer := tg_argv[0]::integer;
begin
    insert into report_tally as t
    select period_id, coach_id, gender, age_group,
           sign * count(*),
           sign * count(*) filter (where employed),
           sign * count(*) filter (where completed_module),
           sign * count(*) filter (where attended_event),
           sign * count(digital_change),
           sign * coalesce(sum(digital_change::numeric), 0),
           sign * count(rapid_due_on),
           sign * count(rapid_due_on) filter (where rapid_met),
           sign * count(kept3_due_on),
           sign * count(kept3_due_on) filter (where kept3),
           sign * count(kept6_due_on),
           sign * count(kept6_due_on) filter (where kept6)
    from changed
    group by period_id, coach_id, gender, age_group
    on conflict (period_id, coach_id, gender, age_group) do update set
        people = t.people + excluded.people,
        employed = t.employed + excluded.employed,
        completed_module = t.completed_module + excluded.completed_module,
        attended_event = t.attended_event + excluded.attended_event,
        assessed_twice = t.assessed_twice + excluded.assessed_twice,
        digital_change_sum = t.digital_change_sum + excluded.digital_change_sum,
        rapid_due = t.rapid_due + excluded.rapid_due,
        rapid_met = t.rapid_met + excluded.rapid_met,
        kept3_due = t.kept3_due + excluded.kept3_due,
        kept3 = t.kept3 + excluded.kept3,
        kept6_due = t.kept6_due + excluded.kept6_due,
        kept6 = t.kept6 + excluded.kept6;
    return null;
end $$;
create trigger report_fact_added after insert on report_fact
    referencing new table as changed for each statement execute function report_tally_apply('1');
create trigger report_fact_removed after delete on report_fact
    referencing old table as changed for each statement execute function report_tally_apply('-1');

create table report_stale (
    stale_id bigint generated always as identity primary key,
    account_id bigint not null
);
comment on table report_stale is
    'People whose report facts may have changed since they were worked out: emptied before each report and by the server''s background round.';

-- Leaves the account ids in column tg_argv[0] of the old and the new row.
create function report_mark_stale() returns trigger
language plpgsql as $$
declare
    before bigint;
    after bigint;
begin
    if tg_op <> 'INSERT' then
        before := (to_jsonb(old) ->> tg_argv[0])::bigint;
    end if;
    if tg_op <> 'DELETE' then
        after := (to_jsonb(new) ->> tg_argv[0])::bigint;
    end if;
    insert into report_stale (account_id)
    select distinct id from (values (before), (after)) as v (id) where id is not null;
    return null;
end $$;

-- Everything the report's facts are worked out from.
create trigger account_report_stale
    after insert or delete or update of role, coach_id, gender, birth_year, created_at, deleted_at on account
    for each row execute function report_mark_stale('account_id');
create trigger outcome_report_stale after insert or update or delete on outcome
    for each row execute function report_mark_stale('account_id');
create trigger module_completion_report_stale after insert or update or delete on module_completion
    for each row execute function report_mark_stale('account_id');
create trigger event_signup_report_stale
    after insert or delete or update of account_id, checked_in_at on event_signup
    for each row execute function report_mark_stale('account_id');
create trigger skill_assessment_report_stale
    after insert or delete or update of account_id, framework_id, submitted_at, mean_score on skill_assessment
    for each row execute function report_mark_stale('account_id');
create trigger employer_contact_report_stale
    after insert or delete or update of jobseeker_id, contacted_on on employer_contact
    for each row execute function report_mark_stale('jobseeker_id');
