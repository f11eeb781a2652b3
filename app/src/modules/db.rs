//! SQL for modules: storing loaded content, a person's progress and answers,
//! and coaches' assignments.

use std::collections::HashMap;

use sqlx::{PgConnection, types::Json};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::{
    content::ModuleContent,
    types::{Answer, ModuleText},
};
use crate::{
    content_files::{StoreError, Stored, StoredVersion, store_outcome},
    i18n::Locale,
};

/// Stores `module`, keeping every answer: steps keep their ids, and a step no
/// longer in the content is retired rather than deleted.
pub async fn store_module(
    conn: &mut PgConnection,
    module: &ModuleContent,
) -> Result<Stored, StoreError> {
    let stored = sqlx::query_as!(
        StoredVersion,
        "select version, content_hash as hash, active from module where module_id = $1 for update",
        module.id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let outcome = store_outcome(
        stored,
        &module.hash,
        module.version,
        format!("modules/{}", module.id),
        "module.toml",
    )?;
    if outcome == Stored::Unchanged {
        return Ok(outcome);
    }
    sqlx::query!(
        "insert into module (module_id, position, version, minutes, content_hash, active)
         values ($1, $2, $3, $4, $5, true)
         on conflict (module_id) do update
         set position = $2, version = $3, minutes = $4, content_hash = $5, active = true,
             loaded_at = now()",
        module.id,
        module.position,
        module.version,
        module.minutes,
        module.hash,
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "update module_step set position = null where module_id = $1",
        module.id
    )
    .execute(&mut *conn)
    .await?;
    let Some((_, source)) = module.texts.first() else {
        return Ok(outcome);
    };
    let ids: Vec<String> = source.steps.iter().map(|s| s.id.clone()).collect();
    let kinds: Vec<String> = source
        .steps
        .iter()
        .map(|s| s.content.kind().to_owned())
        .collect();
    sqlx::query!(
        "insert into module_step (module_id, step_id, position, kind)
         select $1, step_id, position::int, kind
         from unnest($2::text[], $3::text[]) with ordinality as s (step_id, kind, position)
         on conflict (module_id, step_id) do update set position = excluded.position, kind = excluded.kind",
        module.id,
        &ids,
        &kinds,
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("delete from module_locale where module_id = $1", module.id)
        .execute(&mut *conn)
        .await?;
    for (locale, text) in &module.texts {
        sqlx::query!(
            "insert into module_locale (module_id, locale, content) values ($1, $2, $3)",
            module.id,
            locale.code(),
            Json(text) as _,
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(outcome)
}

/// Takes modules whose folders are gone out of the list.
pub async fn retire_other_modules(
    conn: &mut PgConnection,
    loaded: &[String],
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "update module set active = false where active and module_id <> all($1)",
        loaded
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A module in the list, in the reader's language where it exists.
#[derive(Clone, Debug)]
pub struct ModuleRow {
    pub module_id: String,
    pub minutes: i32,
    pub title: String,
    pub summary: String,
    /// The language of the text, when the reader's has none.
    pub fallback: Option<String>,
    pub steps: i64,
    pub done: i64,
    pub assigned: bool,
    pub due_on: Option<Date>,
}

/// Every module with `account_id`'s progress: assigned ones first (soonest
/// due first), then in the content's order.
pub async fn module_rows(
    conn: &mut PgConnection,
    account_id: i64,
    locale: Locale,
) -> Result<Vec<ModuleRow>, sqlx::Error> {
    sqlx::query_as!(
        ModuleRow,
        r#"select m.module_id, m.minutes,
                  l.content ->> 'title' as "title!",
                  l.content ->> 'summary' as "summary!",
                  nullif(l.locale, $2[1]) as fallback,
                  (select count(*) from module_step s
                   where s.module_id = m.module_id and s.position is not null) as "steps!",
                  (select count(*) from module_answer a
                   join module_step s using (module_id, step_id)
                   where a.account_id = $1 and a.module_id = m.module_id
                     and s.position is not null) as "done!",
                  g.account_id is not null as "assigned!",
                  g.due_on
           from module m
           cross join lateral (
               select x.content, x.locale from module_locale x
               where x.module_id = m.module_id and x.locale = any($2)
               order by array_position($2, x.locale) limit 1) l
           left join module_assignment g on g.module_id = m.module_id and g.account_id = $1
           where m.active
           order by g.account_id is null, g.due_on nulls last, m.position, m.module_id"#,
        account_id,
        &locale.chain_codes()[..],
    )
    .fetch_all(conn)
    .await
}

/// One module's text in the reader's language, or else in the nearest of
/// its fallback chain, with that language when it is not the reader's.
pub async fn module_text(
    conn: &mut PgConnection,
    module_id: &str,
    locale: Locale,
) -> Result<Option<(ModuleText, Option<Locale>)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select content as "content: Json<ModuleText>", locale
           from module_locale join module using (module_id)
           where module_id = $1 and active and locale = any($2)
           order by array_position($2, locale) limit 1"#,
        module_id,
        &locale.chain_codes()[..],
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        let shown = Locale::from_tag(&r.locale).filter(|shown| *shown != locale);
        (r.content.0, shown)
    }))
}

/// `account_id`'s answers to a module, by step id.
pub async fn answers(
    conn: &mut PgConnection,
    account_id: i64,
    module_id: &str,
) -> Result<HashMap<String, Answer>, sqlx::Error> {
    let rows = sqlx::query!(
        "select step_id, choices, text, shared_with_coach from module_answer
         where account_id = $1 and module_id = $2",
        account_id,
        module_id,
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let answer = Answer {
                choices: r.choices,
                text: r.text,
                shared: r.shared_with_coach,
            };
            (r.step_id, answer)
        })
        .collect())
}

/// How an answer was given: its id, its age, and whether it may only fill
/// a step with no answer yet.
#[derive(Clone, Copy, Debug)]
pub struct Given {
    pub answer_id: Uuid,
    pub given_ms_ago: u64,
    pub only_if_new: bool,
}

/// Saves an answer once: a repeat of `answer_id` (a double click, or a replay
/// after being offline) changes nothing, and neither does an answer given
/// before the stored one (`given_ms_ago` before now), nor, when
/// `only_if_new`, any answer over a stored one. Returns whether the answer
/// id was new.
pub async fn save_answer(
    conn: &mut PgConnection,
    account_id: i64,
    module_id: &str,
    step_id: &str,
    given: &Given,
    answer: &Answer,
) -> Result<bool, sqlx::Error> {
    let Given {
        answer_id,
        given_ms_ago,
        only_if_new,
    } = *given;
    let first_time = sqlx::query!(
        "insert into answer_receipt (answer_id, account_id) values ($1, $2)
         on conflict (answer_id) do nothing",
        answer_id,
        account_id,
    )
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if first_time {
        // One answer at a time per person and module, until the transaction
        // ends: two last steps answered at once would each count the other's
        // answer as missing, and the module would never be completed.
        sqlx::query!(
            "select pg_advisory_xact_lock(hashtextextended('module-answer ' || $1::bigint || ' ' || $2, 0))",
            account_id,
            module_id,
        )
        .execute(&mut *conn)
        .await?;
        sqlx::query!(
            "insert into module_answer (account_id, module_id, step_id, choices, text, shared_with_coach, answered_at)
             values ($1, $2, $3, $4, $5, $6, now() - make_interval(secs => $7::float8 / 1000))
             on conflict (account_id, module_id, step_id) do update
             set choices = $4, text = $5, shared_with_coach = $6, answered_at = excluded.answered_at
             where module_answer.answered_at <= excluded.answered_at and not $8",
            account_id,
            module_id,
            step_id,
            &answer.choices,
            answer.text,
            answer.shared,
            // At most a year (the caller's bound): exact in a float.
            given_ms_ago as f64,
            only_if_new,
        )
        .execute(&mut *conn)
        .await?;
        // The first time every step is done, the module is completed: the
        // impact report counts completions without reading every answer.
        sqlx::query!(
            "insert into module_completion (account_id, module_id, completed_at)
             select $1, $2, now()
             where (select count(*) from module_answer a join module_step s using (module_id, step_id)
                    where a.account_id = $1 and a.module_id = $2 and s.position is not null)
                >= (select count(*) from module_step where module_id = $2 and position is not null)
             on conflict do nothing",
            account_id,
            module_id,
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(first_time)
}

/// Assigns a module to a jobseeker on `coach_id`'s caseload (or changes its
/// due date). Returns false when the jobseeker is not theirs or the module
/// does not exist.
pub async fn assign(
    conn: &mut PgConnection,
    coach_id: i64,
    jobseeker_id: i64,
    module_id: &str,
    due_on: Option<Date>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "insert into module_assignment (account_id, module_id, assigned_by, due_on)
         select a.account_id, m.module_id, $1, $4
         from account a, module m
         where a.account_id = $2 and a.coach_id = $1 and a.deleted_at is null
           and m.module_id = $3 and m.active
         on conflict (account_id, module_id) do update
         set due_on = excluded.due_on, assigned_by = excluded.assigned_by, assigned_at = now()",
        coach_id,
        jobseeker_id,
        module_id,
        due_on,
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An answer as the person's data export lists it.
pub struct ExportedAnswer {
    pub module_id: String,
    pub step_id: String,
    pub choices: Vec<String>,
    pub text: String,
    pub shared_with_coach: bool,
    pub answered_at: OffsetDateTime,
}

/// Every answer `account_id` has given, retired steps included.
pub async fn answers_for_export(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<ExportedAnswer>, sqlx::Error> {
    sqlx::query_as!(
        ExportedAnswer,
        "select module_id, step_id, choices, text, shared_with_coach, answered_at
         from module_answer where account_id = $1 order by module_id, answered_at",
        account_id,
    )
    .fetch_all(conn)
    .await
}

/// An assignment as the person's data export lists it.
pub struct ExportedAssignment {
    pub module_id: String,
    pub due_on: Option<Date>,
    pub assigned_by: Option<String>,
    pub assigned_at: OffsetDateTime,
}

/// The modules assigned to `account_id`, with who assigned them.
pub async fn assignments_for_export(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<ExportedAssignment>, sqlx::Error> {
    sqlx::query_as!(
        ExportedAssignment,
        "select g.module_id, g.due_on, c.display_name as assigned_by, g.assigned_at
         from module_assignment g left join account c on c.account_id = g.assigned_by
         where g.account_id = $1 order by g.assigned_at",
        account_id,
    )
    .fetch_all(conn)
    .await
}

/// Removes everything a person did in modules, when they delete their account.
/// Deletes answer receipts older than `days`: a phone replaying an answer
/// that old is no longer waiting, and the answer's age keeps a late replay
/// from overwriting a newer answer anyway.
pub async fn purge_receipts(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from answer_receipt where received_at < now() - make_interval(days => $1)",
        days
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Keeps a deleted person's module completions for the report, to the month.
pub async fn anonymise_completions(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update module_completion set completed_at = date_trunc('month', completed_at)
         where account_id = $1",
        account_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes a person's answers and receipts (their account is deleted).
/// Completions stay for the report, made anonymous by
/// [`anonymise_completions`].
pub async fn remove_answers(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from module_answer where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from answer_receipt where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from module_assignment where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
