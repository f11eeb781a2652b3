//! SQL for self-assessments: storing loaded frameworks, a person's draft and
//! submitted assessments, and their area scores.

use std::collections::HashMap;

use sqlx::{PgConnection, types::Json};
use time::OffsetDateTime;

use super::{
    content::FrameworkContent,
    scoring::AreaScore,
    types::{Framework, Mode},
};
use crate::{
    content_files::{StoreError, Stored, StoredVersion, store_outcome},
    i18n::Locale,
};

/// Deletes self-assessments never submitted and not touched for `days`
/// (started and last answered that long ago), with their answers. The
/// drafts are locked first and their answers read by a statement of its
/// own: a delete that waited for an answer being saved would otherwise
/// judge the draft by what it read before, and take the new answer with it.
pub async fn purge_stale_drafts(pool: &sqlx::PgPool, days: i32) -> Result<u64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let old = sqlx::query_scalar!(
        "select assessment_id from skill_assessment
         where submitted_at is null and started_at < now() - make_interval(days => $1)
         for update skip locked",
        days
    )
    .fetch_all(&mut *tx)
    .await?;
    let done = sqlx::query!(
        "delete from skill_assessment s
         where s.assessment_id = any($2)
           and not exists (
               select 1 from skill_answer a
               where a.assessment_id = s.assessment_id
                 and a.answered_at >= now() - make_interval(days => $1))",
        days,
        &old
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

/// Stores `framework`; assessments keep their answers (statement ids are stable).
pub async fn store_framework(
    conn: &mut PgConnection,
    framework: &FrameworkContent,
) -> Result<Stored, StoreError> {
    let stored = sqlx::query_as!(
        StoredVersion,
        "select version, content_hash as hash, active from skill_framework where framework_id = $1 for update",
        framework.id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let outcome = store_outcome(
        stored,
        &framework.hash,
        framework.version,
        format!("assessments/{}", framework.id),
        "framework.toml",
    )?;
    if outcome == Stored::Unchanged {
        return Ok(outcome);
    }
    sqlx::query!(
        "insert into skill_framework (framework_id, position, version, content_hash, active)
         values ($1, $2, $3, $4, true)
         on conflict (framework_id) do update
         set position = $2, version = $3, content_hash = $4, active = true, loaded_at = now()",
        framework.id,
        framework.position,
        framework.version,
        framework.hash,
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from skill_framework_locale where framework_id = $1",
        framework.id
    )
    .execute(&mut *conn)
    .await?;
    for (locale, text) in &framework.texts {
        sqlx::query!(
            "insert into skill_framework_locale (framework_id, locale, content) values ($1, $2, $3)",
            framework.id,
            locale.code(),
            Json(text) as _,
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(outcome)
}

/// Takes every framework not in `ids` out of use; submitted assessments stay.
pub async fn retire_other_frameworks(
    conn: &mut PgConnection,
    ids: &[String],
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "update skill_framework set active = false where active and framework_id <> all($1)",
        ids
    )
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// The frameworks in use, in their order, each in `locale` or the nearest
/// language of its fallback chain.
pub async fn frameworks(
    conn: &mut PgConnection,
    locale: Locale,
) -> Result<Vec<Framework>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select distinct on (f.position, f.framework_id)
                  l.content as "content: Json<Framework>"
           from skill_framework f join skill_framework_locale l using (framework_id)
           where f.active and l.locale = any($1)
           order by f.position, f.framework_id, array_position($1, l.locale)"#,
        &locale.chain_codes()[..]
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.content.0).collect())
}

/// One framework in `locale` or the nearest language of its fallback chain
/// (also a retired one, for old results).
pub async fn framework(
    conn: &mut PgConnection,
    framework_id: &str,
    locale: Locale,
) -> Result<Option<Framework>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select content as "content: Json<Framework>"
           from skill_framework_locale where framework_id = $1 and locale = any($2)
           order by array_position($2, locale) limit 1"#,
        framework_id,
        &locale.chain_codes()[..]
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.content.0))
}

/// An assessment and its answers (statement id → value, `None` if skipped).
#[derive(Debug)]
pub struct Assessment {
    pub assessment_id: i64,
    pub framework_id: String,
    pub mode: Mode,
    pub submitted_at: Option<OffsetDateTime>,
    pub answers: HashMap<String, Option<i16>>,
}

async fn answers_of(
    conn: &mut PgConnection,
    assessment_id: i64,
) -> Result<HashMap<String, Option<i16>>, sqlx::Error> {
    let rows = sqlx::query!(
        "select statement_id, value from skill_answer where assessment_id = $1",
        assessment_id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.statement_id, r.value))
        .collect())
}

/// The person's unfinished assessment of `framework_id`, if any.
pub async fn draft(
    conn: &mut PgConnection,
    account_id: i64,
    framework_id: &str,
) -> Result<Option<Assessment>, sqlx::Error> {
    let row = sqlx::query!(
        "select assessment_id, mode from skill_assessment
         where account_id = $1 and framework_id = $2 and submitted_at is null",
        account_id,
        framework_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Assessment {
        assessment_id: row.assessment_id,
        framework_id: framework_id.to_owned(),
        mode: Mode::parse(&row.mode).unwrap_or(Mode::Full),
        submitted_at: None,
        answers: answers_of(conn, row.assessment_id).await?,
    }))
}

/// Starts an assessment in `mode`, or switches the draft to it (its answers
/// stay). A retired framework is not started.
pub async fn start(
    conn: &mut PgConnection,
    account_id: i64,
    framework_id: &str,
    mode: Mode,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into skill_assessment (account_id, framework_id, framework_version, mode)
         select $1, framework_id, version, $3 from skill_framework
         where framework_id = $2 and active
         on conflict (account_id, framework_id) where submitted_at is null
         do update set mode = excluded.mode",
        account_id,
        framework_id,
        mode.as_str()
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Saves an answer (`None`: skipped) in a draft.
pub async fn save_answer(
    conn: &mut PgConnection,
    assessment_id: i64,
    statement_id: &str,
    value: Option<i16>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into skill_answer (assessment_id, statement_id, value) values ($1, $2, $3)
         on conflict (assessment_id, statement_id) do update set value = $3, answered_at = now()",
        assessment_id,
        statement_id,
        value
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Submits a draft with its area scores.
pub async fn submit(
    conn: &mut PgConnection,
    assessment_id: i64,
    scores: &[AreaScore],
) -> Result<(), sqlx::Error> {
    let (areas, values): (Vec<String>, Vec<f32>) = scores
        .iter()
        .filter_map(|a| a.score.map(|s| (a.id.clone(), s)))
        .unzip();
    let mean = (!values.is_empty()).then(|| values.iter().sum::<f32>() / values.len() as f32);
    sqlx::query!(
        "update skill_assessment set submitted_at = now(), mean_score = $2 where assessment_id = $1",
        assessment_id,
        mean
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into skill_area_score (assessment_id, area_id, score)
         select $1, * from unnest($2::text[], $3::real[])",
        assessment_id,
        &areas,
        &values
    )
    .execute(&mut *conn)
    .await?;
    // Each competence's score too: a result at "on my own" or above is
    // evidence of the competence's skill in the person's profile.
    let (competences, values): (Vec<String>, Vec<f32>) = scores
        .iter()
        .flat_map(|a| &a.competences)
        .filter_map(|c| c.score.map(|s| (c.id.clone(), s)))
        .unzip();
    sqlx::query!(
        "insert into skill_competence_score (assessment_id, competence_id, score)
         select $1, * from unnest($2::text[], $3::real[])",
        assessment_id,
        &competences,
        &values
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A submitted assessment of the person's, with its answers.
pub async fn submitted(
    conn: &mut PgConnection,
    account_id: i64,
    assessment_id: i64,
) -> Result<Option<Assessment>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select framework_id, mode, submitted_at as "submitted_at!"
           from skill_assessment
           where assessment_id = $1 and account_id = $2 and submitted_at is not null"#,
        assessment_id,
        account_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Assessment {
        assessment_id,
        framework_id: row.framework_id,
        mode: Mode::parse(&row.mode).unwrap_or(Mode::Full),
        submitted_at: Some(row.submitted_at),
        answers: answers_of(conn, assessment_id).await?,
    }))
}

/// One submitted assessment in a person's history.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    pub assessment_id: i64,
    pub mode: Mode,
    pub submitted_at: OffsetDateTime,
    /// Area id → score.
    pub scores: HashMap<String, f32>,
}

/// The person's submitted assessments of `framework_id`, oldest first.
pub async fn history(
    conn: &mut PgConnection,
    account_id: i64,
    framework_id: &str,
) -> Result<Vec<HistoryEntry>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select a.assessment_id, a.mode, a.submitted_at as "submitted_at!",
                  coalesce(array_agg(s.area_id) filter (where s.area_id is not null), '{}') as "areas!",
                  coalesce(array_agg(s.score) filter (where s.area_id is not null), '{}') as "scores!: Vec<f32>"
           from skill_assessment a left join skill_area_score s using (assessment_id)
           where a.account_id = $1 and a.framework_id = $2 and a.submitted_at is not null
           group by a.assessment_id
           order by a.submitted_at, a.assessment_id"#,
        account_id,
        framework_id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| HistoryEntry {
            assessment_id: r.assessment_id,
            mode: Mode::parse(&r.mode).unwrap_or(Mode::Full),
            submitted_at: r.submitted_at,
            scores: r.areas.into_iter().zip(r.scores).collect(),
        })
        .collect())
}

/// Every assessment of the person, with answers, for "Download my data".
pub async fn assessments_for_export(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<(Assessment, OffsetDateTime)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select assessment_id, framework_id, mode, started_at, submitted_at
         from skill_assessment where account_id = $1 order by started_at, assessment_id",
        account_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut all = Vec::with_capacity(rows.len());
    for r in rows {
        all.push((
            Assessment {
                assessment_id: r.assessment_id,
                framework_id: r.framework_id,
                mode: Mode::parse(&r.mode).unwrap_or(Mode::Full),
                submitted_at: r.submitted_at,
                answers: answers_of(conn, r.assessment_id).await?,
            },
            r.started_at,
        ));
    }
    Ok(all)
}

/// Deletes every assessment of the person (their answers and scores go with them).
pub async fn remove_assessments(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from skill_assessment where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
