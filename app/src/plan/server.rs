//! Plans on the server. A coach reads and writes the plans of the
//! jobseekers on their own caseload only (each read audited); a jobseeker
//! reads their own plan and marks its steps.

use super::{
    db::{self, Change, Goal, Step},
    input::{self, GoalValues, StepValues},
};
use crate::{
    accounts::{Role, require_role},
    caseload::{
        person_db::Note,
        server::{open_jobseeker, require_on_caseload},
    },
    context::pool,
    error::AppError,
};

/// What a jobseeker is told their coach added to their plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    Step,
    SharedNote,
}

/// Tells the jobseeker, by the channels they chose and in the transaction
/// of the change, that their coach added to their plan. The notice says
/// only that: what the step or note says stays in Askel.
pub async fn tell_jobseeker(
    conn: &mut sqlx::PgConnection,
    jobseeker: i64,
    added: Added,
) -> Result<(), AppError> {
    use crate::{
        i18n::FluentValue,
        notifications::server::{Notice, notify},
    };
    let (subject, body, sms) = match added {
        Added::Step => (
            "plan-email-step-subject",
            "plan-email-step-body",
            "plan-sms-step",
        ),
        Added::SharedNote => (
            "plan-email-note-subject",
            "plan-email-note-body",
            "plan-sms-note",
        ),
    };
    let public_url = crate::accounts::auth_settings()?.public_url;
    let link = format!("{public_url}{}", super::MY_PLAN);
    let args = |_| vec![("link", FluentValue::from(link.clone()))];
    let notice = Notice {
        subject,
        body,
        sms,
        args: &args,
    };
    notify(conn, jobseeker, &public_url, notice).await
}

/// A plan as stored.
pub struct Plan {
    pub goals: Vec<Goal>,
    pub steps: Vec<Step>,
}

async fn plan_of(conn: &mut sqlx::PgConnection, account_id: i64) -> Result<Plan, AppError> {
    Ok(Plan {
        goals: db::goals(conn, account_id).await?,
        steps: db::steps(conn, account_id).await?,
    })
}

/// The plan of a jobseeker on the signed-in coach's caseload, with their name.
pub async fn for_coach(jobseeker_id: i64) -> Result<(String, Plan), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker_id, "plan").await?;
    let plan = plan_of(&mut tx, jobseeker_id).await?;
    tx.commit().await?;
    Ok((name, plan))
}

/// The signed-in jobseeker's own plan, and the notes their coach shared.
pub async fn mine() -> Result<(Plan, Vec<Note>), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    let plan = plan_of(&mut conn, me.account_id).await?;
    let notes = crate::caseload::person_db::notes(&mut conn, me.account_id, true, None).await?;
    Ok((plan, notes))
}

/// One step of a jobseeker on the coach's caseload, to change it.
pub async fn step_for_coach(
    jobseeker_id: i64,
    step_id: i64,
) -> Result<(String, Step, Vec<Goal>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker_id, "plan").await?;
    let step = db::step(&mut tx, jobseeker_id, step_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let goals = db::goals(&mut tx, jobseeker_id).await?;
    tx.commit().await?;
    Ok((name, step, goals))
}

/// One goal of a jobseeker on the coach's caseload, to change it.
pub async fn goal_for_coach(jobseeker_id: i64, goal_id: i64) -> Result<(String, Goal), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker_id, "plan").await?;
    let goal = db::goal(&mut tx, jobseeker_id, goal_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok((name, goal))
}

// Each change checks the caseload before the input, so a coach learns
// nothing, not even that a form was wrong, about someone else's jobseeker.

/// The coach adds a goal to a jobseeker's plan.
pub async fn add_goal(jobseeker_id: i64, values: &GoalValues) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker_id).await?;
    let (what, _) = input::goal(values)?;
    db::add_goal(&mut tx, jobseeker_id, &what, coach.account_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach changes a goal of a jobseeker's plan.
pub async fn save_goal(
    jobseeker_id: i64,
    goal_id: i64,
    values: &GoalValues,
) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker_id).await?;
    let (what, status) = input::goal(values)?;
    if !db::save_goal(
        &mut tx,
        jobseeker_id,
        goal_id,
        (&what, &status),
        coach.account_id,
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The coach adds a step to a jobseeker's plan.
pub async fn add_step(jobseeker_id: i64, values: &StepValues) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker_id).await?;
    let step = input::step(values)?;
    db::add_step(&mut tx, jobseeker_id, &step, coach.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tell_jobseeker(&mut tx, jobseeker_id, Added::Step).await?;
    tx.commit().await?;
    Ok(())
}

/// The coach changes a step of a jobseeker's plan.
pub async fn save_step(
    jobseeker_id: i64,
    step_id: i64,
    values: &StepValues,
) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    require_on_caseload(&mut tx, coach.account_id, jobseeker_id).await?;
    let step = input::step(values)?;
    if !db::save_step(&mut tx, jobseeker_id, step_id, &step, coach.account_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The jobseeker marks one of their steps done, or not done after all.
pub async fn mark_step(step_id: i64, done: bool) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = crate::accounts::begin_own_write(me.account_id).await?;
    let step = db::step(&mut tx, me.account_id, step_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A step the coach dropped is no longer the jobseeker's to do.
    if step.status == "dropped" {
        return Err(AppError::Conflict {
            key: "plan-error-dropped".into(),
        });
    }
    // "Not done after all" puts it back where it was: to do, or under way.
    let status = if done {
        "done".to_owned()
    } else {
        db::status_before_done(&mut tx, step_id)
            .await?
            .unwrap_or_else(|| "todo".to_owned())
    };
    let fields = db::StepFields {
        goal_id: step.goal_id,
        what: step.what,
        who: step.who,
        due_on: step.due_on,
        status,
    };
    db::save_step(&mut tx, me.account_id, step_id, &fields, me.account_id).await?;
    tx.commit().await?;
    Ok(())
}

/// A jobseeker's plan history for their coach, with their name.
pub async fn history_for_coach(jobseeker_id: i64) -> Result<(String, Vec<Change>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker_id, "plan-history").await?;
    let changes = db::history(&mut tx, jobseeker_id).await?;
    tx.commit().await?;
    Ok((name, changes))
}

/// The signed-in jobseeker's own plan history.
pub async fn my_history() -> Result<Vec<Change>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::history(&mut conn, me.account_id).await?)
}
