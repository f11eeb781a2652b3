//! Messages on the server. A jobseeker reads and writes their own
//! conversation; a coach those of the jobseekers on their caseload, each
//! read audited. Opening a conversation marks what the other side sent as
//! read: that is the read receipt the sender sees.

use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use uuid::Uuid;

use time::Date;

use super::{
    INBOX_LENGTH, MAX_FILE_WORDS, MAX_FILES_A_DAY, MAX_MESSAGE, MAX_MESSAGES_A_DAY, SHOWN_MESSAGES,
    TEMPLATES,
    db::{self, Message},
    files,
    server_fns::{FIELD_AWAY, FIELD_BODY, FIELD_FILE},
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
    forms::{self, db::DraftForm, upload::SentFile},
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
    /// What the reader sees, as [`db::version`] tells it, and who reads.
    pub version: String,
    pub reader: i64,
}

/// A coach's inbox: their conversations and those they cover for.
pub struct Inbox {
    pub rows: Vec<db::InboxRow>,
    /// The team's coaches who are away, and their last day away.
    pub away: Vec<db::AwayCoach>,
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
    let read = read(&mut tx, me.account_id, me.account_id, true, before, None).await?;
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
    let read = read(&mut tx, coach.account_id, jobseeker, false, before, None).await?;
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

/// The conversation as it is now, for a page that shows `version` of it:
/// `None` when nothing changed; else the newest messages (read from now
/// on, the coach's read audited) and how many of them are new from the
/// other side. The jobseeker's own (`jobseeker` is `None`) or, for a coach,
/// one the access rule lets them read.
pub async fn updates(
    jobseeker: Option<i64>,
    version: &str,
) -> Result<Option<(Read, usize)>, AppError> {
    let (reader, conversation, by_jobseeker) = match jobseeker {
        None => {
            let me = require_role(&[Role::Jobseeker])?;
            (me.account_id, me.account_id, true)
        }
        Some(jobseeker) => {
            let coach = require_role(&[Role::Coach])?;
            (coach.account_id, jobseeker, false)
        }
    };
    let mut tx = pool()?.begin().await?;
    // A coach learns nothing of a conversation they may not read, not even
    // whether it changed; their read is audited only when something is shown.
    let access = match by_jobseeker {
        true => None,
        false => Some(
            db::access(&mut tx, reader, conversation, helsinki_today())
                .await?
                .ok_or(AppError::NotFound)?,
        ),
    };
    let current = db::version(&mut tx, conversation, by_jobseeker).await?;
    if current == version {
        return Ok(None);
    }
    if let Some(access) = &access {
        audit_read(&mut tx, reader, conversation, access).await?;
    }
    let read = read(
        &mut tx,
        reader,
        conversation,
        by_jobseeker,
        None,
        Some(current),
    )
    .await?;
    tx.commit().await?;
    // The page's newest message, from its version: what came after it from
    // the other side is new to the reader.
    let seen: i64 = version
        .split('-')
        .next()
        .and_then(|newest| newest.parse().ok())
        .unwrap_or(i64::MAX);
    let new = read
        .messages
        .iter()
        .filter(|m| m.message_id > seen && m.from_jobseeker != by_jobseeker)
        .count();
    Ok(Some((read, new)))
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
    audit_read(conn, coach, jobseeker, &access).await?;
    Ok(access)
}

/// Writes `coach`'s read of `jobseeker`'s conversation to the audit log, as
/// their own or as a covered one's.
async fn audit_read(
    conn: &mut PgConnection,
    coach: i64,
    jobseeker: i64,
    access: &db::Access,
) -> Result<(), AppError> {
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
    Ok(())
}

/// The signed-in coach's inbox, each person listed audited as read.
pub async fn inbox() -> Result<Inbox, AppError> {
    let coach = require_role(&[Role::Coach])?;
    let today = helsinki_today();
    let mut tx = pool()?.begin().await?;
    let away = db::away_in_team(&mut tx, coach.account_id, today).await?;
    let away_ids: Vec<i64> = away.iter().map(|teammate| teammate.coach).collect();
    let rows = db::inbox(&mut tx, coach.account_id, &away_ids, INBOX_LENGTH).await?;
    let (covered, own): (Vec<&db::InboxRow>, Vec<&db::InboxRow>) =
        rows.iter().partition(|row| row.covered_coach.is_some());
    for (people, detail) in [(own, "messages-inbox"), (covered, "messages-cover")] {
        let ids: Vec<i64> = people.iter().map(|row| row.jobseeker).collect();
        let action = AuditAction::ViewedPersonalData;
        record_each(&mut tx, coach.account_id, &ids, action, detail).await?;
    }
    let inbox = Inbox {
        away,
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
    version: Option<String>,
) -> Result<Read, AppError> {
    // Taken before the messages (or given, as read just now): one that comes
    // in between is shown under an older version, so the next update shows
    // the list again; never the other way round (a version the page's list
    // does not reach).
    let version = match version {
        Some(version) => version,
        None => db::version(conn, conversation, by_jobseeker).await?,
    };
    // One more than shown tells whether there are earlier ones.
    let mut messages = db::latest(conn, conversation, SHOWN_MESSAGES + 1, before).await?;
    let earlier = (messages.len() as i64 > SHOWN_MESSAGES).then(|| {
        messages.remove(0);
        messages[0].message_id
    });
    // Read: what this page shows, not one that came since.
    let shown = messages.last().map_or(0, |m| m.message_id);
    db::mark_read(conn, conversation, by_jobseeker, shown).await?;
    let refused = kept(conn, reader, conversation).await?;
    Ok(Read {
        other: None,
        messages,
        earlier,
        refused,
        coach_away: None,
        covering_for: None,
        version,
        reader,
    })
}

/// A message to send: its words and its form's key and, from the form
/// with a file, what came in the file field (which must be a file).
pub struct Outgoing<'a> {
    pub body: &'a str,
    pub key: &'a str,
    pub file: Option<&'a SentFile>,
}

/// The signed-in jobseeker writes to their coach.
pub async fn send_mine(out: Outgoing<'_>) -> Result<(), AppError> {
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
        let link = super::coach_messages_path(me.account_id);
        if let Some(sent) = send(&mut tx, me.account_id, me.account_id, true, &out).await? {
            tell(&mut tx, sent, coach, &link).await?;
        }
        Ok(())
    }
    .await;
    finish(tx, me.account_id, me.account_id, &out, sent).await
}

/// The signed-in coach writes to a jobseeker on their caseload.
pub async fn send_to_jobseeker(jobseeker: i64, out: Outgoing<'_>) -> Result<(), AppError> {
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
        if let Some(sent) = send(&mut tx, jobseeker, coach.account_id, false, &out).await? {
            tell(&mut tx, sent, jobseeker, super::MY_MESSAGES).await?;
        }
        Ok(())
    }
    .await;
    finish(tx, coach.account_id, jobseeker, &out, sent).await
}

/// The file sent with `message`, for whoever may read its conversation:
/// the jobseeker, or a coach by [`db::access`], the read audited as a read
/// of the conversation. Anyone else's is not found.
pub async fn file(message: i64) -> Result<db::StoredFile, AppError> {
    let reader = require_role(&[Role::Jobseeker, Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let conversation = db::file_conversation(&mut tx, message)
        .await?
        .ok_or(AppError::NotFound)?;
    match reader.role {
        Role::Coach => {
            open_conversation(&mut tx, reader.account_id, conversation).await?;
        }
        _ if conversation != reader.account_id => return Err(AppError::NotFound),
        _ => {}
    }
    let file = db::file(&mut tx, message).await?;
    tx.commit().await?;
    Ok(file)
}

/// Commits a sent message. A refused one is rolled back, and the text of a
/// refused message (not a file's few words, which the form's flash carries)
/// kept for the form shown next, whole: a long text does not fit in the
/// flash cookie.
async fn finish(
    tx: sqlx::Transaction<'static, sqlx::Postgres>,
    writer: i64,
    conversation: i64,
    out: &Outgoing<'_>,
    sent: Result<(), AppError>,
) -> Result<(), AppError> {
    match sent {
        Ok(()) => {
            tx.commit().await?;
            Ok(())
        }
        Err(refused @ (AppError::Validation { .. } | AppError::Conflict { .. })) => {
            tx.rollback().await?;
            if out.file.is_none() {
                let mut conn = pool()?.acquire().await?;
                let typed = [(FIELD_BODY.to_owned(), out.body.to_owned())].into();
                forms::db::keep(
                    &mut conn,
                    writer,
                    DraftForm::Message,
                    Some(conversation),
                    &typed,
                )
                .await?;
            }
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
/// day's limits: its id, or `None` when the same form was sent before.
async fn send(
    conn: &mut PgConnection,
    conversation: i64,
    writer: i64,
    from_jobseeker: bool,
    out: &Outgoing<'_>,
) -> Result<Option<i64>, AppError> {
    let (body, key) = (checked_body(out)?, checked_key(out.key)?);
    let file = out.file.map(checked_file).transpose()?;
    // Checked before the limit: the day's last message sent again is not
    // refused as one too many.
    let hash = file.as_ref().map(|file| file.sha256.to_vec());
    match db::sent_with_key(conn, conversation, key).await? {
        // The same words and the same file (or none): the same message.
        Some((words, sent_hash)) if words == body && sent_hash == hash => return Ok(None),
        // The form was sent, then changed and sent again (back, edit, send):
        // the new words are not dropped, they come back to send anew.
        Some(_) if file.is_some() => {
            return Err(AppError::field(
                FIELD_FILE,
                "message-error-file-sent-before",
            ));
        }
        Some(_) => return Err(AppError::field(FIELD_BODY, "message-error-sent-before")),
        None => {}
    }
    let (messages, files) = db::sent_today(conn, conversation, from_jobseeker).await?;
    if messages >= MAX_MESSAGES_A_DAY {
        return Err(AppError::field(FIELD_BODY, "message-error-too-many"));
    }
    if file.is_some() && files >= MAX_FILES_A_DAY {
        return Err(AppError::field(FIELD_FILE, "message-error-file-too-many"));
    }
    let Some(sent) = db::add(conn, conversation, writer, from_jobseeker, body, key).await? else {
        return Ok(None);
    };
    if let Some(file) = file {
        db::add_file(conn, sent, &file).await?;
    }
    Ok(Some(sent))
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

/// A message's text, trimmed, or why it cannot be sent. With a file, the
/// words are a few, and may be none.
fn checked_body<'a>(out: &Outgoing<'a>) -> Result<&'a str, AppError> {
    let body = out.body.trim();
    let longest = if out.file.is_some() {
        MAX_FILE_WORDS
    } else {
        MAX_MESSAGE
    };
    let problem = if body.is_empty() && out.file.is_none() {
        "message-error-empty"
    } else if body.chars().count() > longest {
        if out.file.is_some() {
            "message-error-file-words-long"
        } else {
            "message-error-long"
        }
    } else {
        return Ok(body);
    };
    Err(AppError::field(FIELD_BODY, problem))
}

/// The sent file to keep, or why it cannot be: there must be one, a photo
/// or a PDF by its own bytes, not too large.
fn checked_file(sent: &SentFile) -> Result<db::NewFile<'_>, AppError> {
    let problem = match sent {
        SentFile::Missing => "message-error-file-missing",
        SentFile::TooLarge => "message-error-file-large",
        SentFile::File { name, bytes } => match files::sniffed_type(bytes) {
            Some(content_type) => {
                return Ok(db::NewFile {
                    name: files::kept_name(name, content_type),
                    content_type,
                    bytes,
                    sha256: Sha256::digest(bytes).into(),
                });
            }
            None => "message-error-file-type",
        },
    };
    Err(AppError::field(FIELD_FILE, problem))
}

/// The form's own key, which only a changed or broken form lacks.
fn checked_key(key: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(key).map_err(|_| AppError::BadRequest)
}
