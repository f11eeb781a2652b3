//! Messages on the server. A jobseeker reads and writes their own
//! conversation; a coach those of the jobseekers on their caseload, each
//! read audited. Opening a conversation marks what the other side sent as
//! read: that is the read receipt the sender sees.

use sqlx::PgConnection;
use uuid::Uuid;

use super::{
    MAX_MESSAGE, MAX_MESSAGES_A_DAY, SHOWN_MESSAGES, TEMPLATES,
    db::{self, Message},
    server_fns::FIELD_BODY,
};
use crate::{
    accounts::{Role, auth_settings, db::notice_address, require_role},
    caseload::server::{open_jobseeker, require_on_caseload},
    context::pool,
    error::AppError,
    forms::{self, db::DraftForm},
    i18n::{FluentValue, Locale, translate, translate_args},
    my_account::db::email_of,
    outbox::{Email, db::enqueue},
};

/// A conversation as one side reads it.
pub struct Read {
    /// The other side's name: the jobseeker's for a coach, the coach's (if
    /// they have one) for a jobseeker.
    pub other: Option<String>,
    pub messages: Vec<Message>,
    /// What the reader typed into a message that was refused, to correct.
    pub refused: Option<String>,
}

/// A ready text for a coach, in the jobseeker's language.
pub struct Template {
    pub text: String,
    /// The jobseeker's language, as the text is written in it.
    pub locale: Locale,
}

/// The signed-in jobseeker's conversation with their coach; what the coach
/// sent is read from now on.
pub async fn mine() -> Result<Read, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    let coach = db::coach_of(&mut tx, me.account_id).await?;
    let read = read(&mut tx, me.account_id, me.account_id, true).await?;
    tx.commit().await?;
    Ok(Read {
        other: coach.map(|(_, name)| name),
        ..read
    })
}

/// The conversation of a jobseeker on the signed-in coach's caseload; what
/// they sent is read from now on. With one of [`TEMPLATES`] named, that
/// text in the jobseeker's language too.
pub async fn for_coach(
    jobseeker: i64,
    template: Option<&str>,
) -> Result<(Read, Option<Template>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "messages").await?;
    let read = read(&mut tx, coach.account_id, jobseeker, false).await?;
    let template = match template.filter(|chosen| TEMPLATES.contains(chosen)) {
        Some(chosen) => {
            let (_, locale) = notice_address(&mut tx, jobseeker)
                .await?
                .ok_or(AppError::NotFound)?;
            let key = format!("message-template-{chosen}");
            let args = [("name", FluentValue::from(name.clone()))];
            let text = translate_args(locale, &key, &args);
            Some(Template { text, locale })
        }
        None => None,
    };
    tx.commit().await?;
    let read = Read {
        other: Some(name),
        ..read
    };
    Ok((read, template))
}

async fn read(
    conn: &mut PgConnection,
    reader: i64,
    conversation: i64,
    by_jobseeker: bool,
) -> Result<Read, AppError> {
    let messages = db::latest(conn, conversation, SHOWN_MESSAGES).await?;
    db::mark_read(conn, conversation, by_jobseeker).await?;
    let refused = kept(conn, reader, conversation).await?;
    Ok(Read {
        other: None,
        messages,
        refused,
    })
}

/// The signed-in jobseeker writes to their coach.
pub async fn send_mine(body: &str, key: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    let sent: Result<(), AppError> = async {
        let (coach, _) =
            db::coach_of(&mut tx, me.account_id)
                .await?
                .ok_or_else(|| AppError::Conflict {
                    key: "message-error-no-coach".into(),
                })?;
        let (body, key) = (checked_body(body)?, checked_key(key)?);
        let link = super::coach_messages_path(me.account_id);
        if send(&mut tx, me.account_id, me.account_id, true, body, key).await? {
            tell(&mut tx, coach, me.account_id, true, &link).await?;
        }
        Ok(())
    }
    .await;
    finish(tx, me.account_id, me.account_id, body, sent).await
}

/// The signed-in coach writes to a jobseeker on their caseload.
pub async fn send_to_jobseeker(jobseeker: i64, body: &str, key: &str) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    // The caseload first: about someone else's jobseeker, not even a form error.
    require_on_caseload(&mut tx, coach.account_id, jobseeker).await?;
    let sent: Result<(), AppError> = async {
        let (body, key) = (checked_body(body)?, checked_key(key)?);
        if send(&mut tx, jobseeker, coach.account_id, false, body, key).await? {
            tell(&mut tx, jobseeker, jobseeker, false, super::MY_MESSAGES).await?;
        }
        Ok(())
    }
    .await;
    finish(tx, coach.account_id, jobseeker, body, sent).await
}

/// Commits a sent message; a refused one's text is kept instead for the
/// form shown next, whole: a long text does not fit in the flash cookie.
async fn finish(
    tx: sqlx::Transaction<'static, sqlx::Postgres>,
    writer: i64,
    conversation: i64,
    body: &str,
    sent: Result<(), AppError>,
) -> Result<(), AppError> {
    match sent {
        Ok(()) => {
            tx.commit().await?;
            Ok(())
        }
        Err(refused @ (AppError::Validation { .. } | AppError::Conflict { .. })) => {
            tx.rollback().await?;
            let mut conn = pool()?.acquire().await?;
            let typed = [(FIELD_BODY.to_owned(), body.to_owned())].into();
            forms::db::keep(
                &mut conn,
                writer,
                DraftForm::Message,
                Some(conversation),
                &typed,
            )
            .await?;
            Err(refused)
        }
        Err(other) => Err(other),
    }
}

/// The text of a refused message `writer` typed for `conversation`, once.
async fn kept(
    conn: &mut PgConnection,
    writer: i64,
    conversation: i64,
) -> Result<Option<String>, AppError> {
    let typed = forms::db::kept(conn, writer, DraftForm::Message, Some(conversation)).await?;
    Ok(typed.and_then(|mut typed| typed.remove(FIELD_BODY)))
}

/// Stores a message in `conversation`, within the day's limit; false when
/// the same form was sent before.
async fn send(
    conn: &mut PgConnection,
    conversation: i64,
    writer: i64,
    from_jobseeker: bool,
    body: &str,
    key: Uuid,
) -> Result<bool, AppError> {
    if !db::hold_conversation(conn, conversation).await? {
        return Err(AppError::NotFound);
    }
    if db::sent_today(conn, conversation, from_jobseeker).await? >= MAX_MESSAGES_A_DAY {
        return Err(AppError::field(FIELD_BODY, "message-error-too-many"));
    }
    Ok(db::add(conn, conversation, writer, from_jobseeker, body, key).await?)
}

/// Emails `recipient` that a message waits at `link`, once until they read:
/// the first unread message tells, the ones after it do not. The email never
/// says what the message says.
async fn tell(
    conn: &mut PgConnection,
    recipient: i64,
    conversation: i64,
    from_jobseeker: bool,
    link: &str,
) -> Result<(), AppError> {
    if db::unread_from(conn, conversation, from_jobseeker).await? != 1 {
        return Ok(());
    }
    let Some((to, locale)) = email_of(conn, recipient).await? else {
        return Ok(());
    };
    let link = FluentValue::from(format!("{}{link}", auth_settings()?.public_url));
    let email = Email {
        to,
        subject: translate(locale, "message-email-subject"),
        body: translate_args(locale, "message-email-body", &[("link", link)]),
    };
    enqueue(conn, &email).await?;
    Ok(())
}

/// A message's text, trimmed, or why it cannot be sent.
fn checked_body(body: &str) -> Result<&str, AppError> {
    let body = body.trim();
    let problem = if body.is_empty() {
        "message-error-empty"
    } else if body.chars().count() > MAX_MESSAGE {
        "message-error-long"
    } else {
        return Ok(body);
    };
    Err(AppError::field(FIELD_BODY, problem))
}

/// The form's own key, which only a changed or broken form lacks.
fn checked_key(key: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(key).map_err(|_| AppError::BadRequest)
}
