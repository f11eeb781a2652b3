//! Messages on the server. A jobseeker reads and writes their own
//! conversation; a coach those of the jobseekers on their caseload, each
//! read audited. Opening a conversation marks what the other side sent as
//! read: that is the read receipt the sender sees.

use sqlx::PgConnection;
use uuid::Uuid;

use time::Date;

use super::{
    INBOX_LENGTH, MAX_MESSAGE, MAX_MESSAGES_A_DAY, SHOWN_MESSAGES, TEMPLATES,
    db::{self, Message},
    server_fns::{FIELD_AWAY, FIELD_BODY},
};
use crate::{
    accounts::{
        Role, auth_settings,
        db::{hold_jobseeker, notice_address},
        require_role,
    },
    audit::{
        AuditAction,
        db::{record, record_each},
    },
    context::pool,
    error::AppError,
    forms::{self, db::DraftForm},
    i18n::{FluentValue, Locale, helsinki_today, translate_args},
    notifications::server::{Notice, notify},
};

/// A conversation as one side reads it.
pub struct Read {
    /// The other side's name: the jobseeker's for a coach, the coach's (if
    /// they have one) for a jobseeker.
    pub other: Option<String>,
    pub messages: Vec<Message>,
    /// Where the page before this one starts (`?before=`), when there are
    /// earlier messages than those shown.
    pub earlier: Option<i64>,
    /// What the reader typed into a message that was refused, to correct.
    pub refused: Option<String>,
    /// For a jobseeker: their coach's last day away, while away.
    pub coach_away: Option<Date>,
    /// For a coach covering for a teammate: whose jobseeker this is, and
    /// their last day away.
    pub covering_for: Option<(String, Date)>,
}

/// A coach's inbox: their conversations and those they cover for.
pub struct Inbox {
    pub rows: Vec<db::InboxRow>,
    /// The team's coaches who are away, and their last day away.
    pub away: Vec<(String, Date)>,
    /// The reader's own last day away, while they are away or will be.
    pub my_away: Option<Date>,
    pub formers: Vec<db::Former>,
}

/// A ready text for a coach, in the jobseeker's language.
pub struct Template {
    pub text: String,
    /// The jobseeker's language, as the text is written in it.
    pub locale: Locale,
}

/// The signed-in jobseeker's conversation with their coach, the page of
/// messages before `before` or the newest; what the coach sent is read from
/// now on.
pub async fn mine(before: Option<i64>) -> Result<Read, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    let coach = db::coach_of(&mut tx, me.account_id, helsinki_today()).await?;
    let read = read(&mut tx, me.account_id, me.account_id, true, before).await?;
    tx.commit().await?;
    let (other, coach_away) = match coach {
        Some((_, name, away)) => (Some(name), away),
        None => (None, None),
    };
    Ok(Read {
        other,
        coach_away,
        ..read
    })
}

/// The conversation of a jobseeker on the signed-in coach's caseload (or
/// on an away teammate's, see [`db::access`]), the page of messages before
/// `before` or the newest; what they sent is read from now on. With one of
/// [`TEMPLATES`] named, that text in the jobseeker's language too.
pub async fn for_coach(
    jobseeker: i64,
    template: Option<&str>,
    before: Option<i64>,
) -> Result<(Read, Option<Template>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let access = open_conversation(&mut tx, coach.account_id, jobseeker).await?;
    let name = access.name;
    let read = read(&mut tx, coach.account_id, jobseeker, false, before).await?;
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
        covering_for: access.covering_for,
        ..read
    };
    Ok((read, template))
}

/// Who `coach` may read, with the read written to the audit log: their
/// own jobseeker's conversation as `messages`, a covered one's as
/// `messages-cover`. Anyone else's is not found.
async fn open_conversation(
    conn: &mut PgConnection,
    coach: i64,
    jobseeker: i64,
) -> Result<db::Access, AppError> {
    let access = db::access(conn, coach, jobseeker, helsinki_today())
        .await?
        .ok_or(AppError::NotFound)?;
    let detail = match access.covering_for {
        Some(_) => "messages-cover",
        None => "messages",
    };
    record(
        conn,
        Some(coach),
        Some(jobseeker),
        AuditAction::ViewedPersonalData,
        Some(detail),
    )
    .await?;
    Ok(access)
}

/// The signed-in coach's inbox, each person listed audited as read.
pub async fn inbox() -> Result<Inbox, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let today = helsinki_today();
    let mut tx = pool()?.begin().await?;
    let rows = db::inbox(&mut tx, coach.account_id, today, INBOX_LENGTH).await?;
    let (covered, own): (Vec<&db::InboxRow>, Vec<&db::InboxRow>) =
        rows.iter().partition(|row| row.coach.is_some());
    for (people, detail) in [(own, "messages-inbox"), (covered, "messages-cover")] {
        let ids: Vec<i64> = people.iter().map(|row| row.jobseeker).collect();
        let action = AuditAction::ViewedPersonalData;
        record_each(&mut tx, coach.account_id, &ids, action, detail).await?;
    }
    let inbox = Inbox {
        away: db::away_in_team(&mut tx, coach.account_id, today).await?,
        my_away: db::away_until(&mut tx, coach.account_id, today).await?,
        formers: db::formers(
            &mut tx,
            coach.account_id,
            crate::retention::FORMER_CONVERSATIONS_DAYS,
        )
        .await?,
        rows,
    };
    tx.commit().await?;
    Ok(inbox)
}

/// The signed-in coach gives their last day away, or says they are back
/// (`until` is `None`).
pub async fn set_away(until: Option<&str>) -> Result<(), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let until = match until {
        Some(day) => Some(checked_away(day, helsinki_today())?),
        None => None,
    };
    let mut conn = pool()?.acquire().await?;
    db::set_away(&mut conn, coach.account_id, until).await?;
    Ok(())
}

/// A last day away: from today to a year ahead.
fn checked_away(day: &str, today: Date) -> Result<Date, AppError> {
    let problem = match crate::i18n::parse_day(day) {
        None => "away-error-day",
        Some(day) if day < today => "away-error-past",
        Some(day) if day > today + time::Duration::days(366) => "away-error-far",
        Some(day) => return Ok(day),
    };
    Err(AppError::field(FIELD_AWAY, problem))
}

async fn read(
    conn: &mut PgConnection,
    reader: i64,
    conversation: i64,
    by_jobseeker: bool,
    before: Option<i64>,
) -> Result<Read, AppError> {
    // One more than shown tells whether there are earlier ones.
    let mut messages = db::latest(conn, conversation, SHOWN_MESSAGES + 1, before).await?;
    let earlier = (messages.len() as i64 > SHOWN_MESSAGES).then(|| {
        messages.remove(0);
        messages[0].message_id
    });
    db::mark_read(conn, conversation, by_jobseeker).await?;
    let refused = kept(conn, reader, conversation).await?;
    Ok(Read {
        other: None,
        messages,
        earlier,
        refused,
        coach_away: None,
        covering_for: None,
    })
}

/// The signed-in jobseeker writes to their coach.
pub async fn send_mine(body: &str, key: &str) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut tx = pool()?.begin().await?;
    let sent: Result<(), AppError> = async {
        if hold_jobseeker(&mut tx, me.account_id, None)
            .await?
            .is_none()
        {
            return Err(AppError::NotFound);
        }
        let (coach, _, _) = db::coach_of(&mut tx, me.account_id, helsinki_today())
            .await?
            .ok_or_else(|| AppError::Conflict {
                key: "message-error-no-coach".into(),
            })?;
        let (body, key) = (checked_body(body)?, checked_key(key)?);
        let link = super::coach_messages_path(me.account_id);
        if let Some(sent) = send(&mut tx, me.account_id, me.account_id, true, body, key).await? {
            tell(&mut tx, sent, coach, &link).await?;
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
    // Who may write first: about someone else's jobseeker, not even a form
    // error. The person's row is held, so no transfer slips in between.
    let held = hold_jobseeker(&mut tx, jobseeker, None).await?;
    let allowed = db::access(&mut tx, coach.account_id, jobseeker, helsinki_today()).await?;
    if held.is_none() || allowed.is_none() {
        return Err(AppError::NotFound);
    }
    let sent: Result<(), AppError> = async {
        let (body, key) = (checked_body(body)?, checked_key(key)?);
        if let Some(sent) = send(&mut tx, jobseeker, coach.account_id, false, body, key).await? {
            tell(&mut tx, sent, jobseeker, super::MY_MESSAGES).await?;
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

/// Stores a message in `conversation`, held by the caller, within the
/// day's limit: its id, or `None` when the same form was sent before.
async fn send(
    conn: &mut PgConnection,
    conversation: i64,
    writer: i64,
    from_jobseeker: bool,
    body: &str,
    key: Uuid,
) -> Result<Option<i64>, AppError> {
    // Checked before the limit: the day's last message sent again is not
    // refused as one too many.
    match db::sent_with_key(conn, conversation, key).await? {
        Some(stored) if stored == body => return Ok(None),
        // The form was sent, then changed and sent again (back, edit, send):
        // the new words are not dropped, they come back to send anew.
        Some(_) => return Err(AppError::field(FIELD_BODY, "message-error-sent-before")),
        None => {}
    }
    if db::sent_today(conn, conversation, from_jobseeker).await? >= MAX_MESSAGES_A_DAY {
        return Err(AppError::field(FIELD_BODY, "message-error-too-many"));
    }
    Ok(db::add(conn, conversation, writer, from_jobseeker, body, key).await?)
}

/// Emails `recipient` that `message` waits at `link`, once until they read:
/// the first unread message told to them tells, the ones after it do not.
/// The email never says what the message says.
async fn tell(
    conn: &mut PgConnection,
    message: i64,
    recipient: i64,
    link: &str,
) -> Result<(), AppError> {
    if !db::claim_telling(conn, message, recipient).await? {
        return Ok(());
    }
    let public_url = auth_settings()?.public_url;
    let link = format!("{public_url}{link}");
    let args = |_| vec![("link", FluentValue::from(link.clone()))];
    let notice = Notice {
        subject: "message-email-subject",
        body: "message-email-body",
        sms: "message-sms",
        args: &args,
    };
    notify(conn, recipient, &public_url, notice).await
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
