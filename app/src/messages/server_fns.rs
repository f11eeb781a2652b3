//! The message forms' posts. Each works as a plain HTML form: on a problem
//! the browser is sent back to the form with the error and what was typed.

use leptos::{
    prelude::*,
    server_fn::codec::{ByteStream, GetUrl, MultipartData, MultipartFormData, Streaming},
};

use crate::error::AppError;

/// The form that sends a message, on either side.
pub const FORM_SEND: &str = "message-send";
pub const FIELD_BODY: &str = "body";
/// The form that sends a photo or a PDF, and its file field.
pub const FORM_FILE: &str = "message-file";
pub const FIELD_FILE: &str = "file";
/// The form's own key: sent twice (a double tap, a retry), one message.
pub const FIELD_KEY: &str = "key";
/// The coach's form for their days away, and its day.
pub const FORM_AWAY: &str = "coach-away";
pub const FIELD_AWAY: &str = "until";

/// A new key for a message form.
#[cfg(feature = "ssr")]
pub fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The jobseeker writes to their coach.
#[server(prefix = "/api", endpoint = "send-message")]
pub async fn send_my_message(body: Option<String>, key: Option<String>) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let out = super::server::Outgoing {
        body: &body,
        key: key.as_deref().unwrap_or_default(),
        file: None,
    };
    let result = super::server::send_mine(out).await;
    answer(
        vec![(FIELD_BODY.to_owned(), body)],
        &result,
        super::MY_MESSAGES,
    );
    result
}

/// A coach writes to a jobseeker on their caseload.
#[server(prefix = "/api", endpoint = "send-coach-message")]
pub async fn send_coach_message(
    jobseeker: i64,
    body: Option<String>,
    key: Option<String>,
) -> Result<(), AppError> {
    let body = body.unwrap_or_default();
    let key = key.unwrap_or_default();
    let out = super::server::Outgoing {
        body: &body,
        key: &key,
        file: None,
    };
    let result = super::server::send_to_jobseeker(jobseeker, out).await;
    let page = super::coach_messages_path(jobseeker);
    answer(vec![(FIELD_BODY.to_owned(), body)], &result, &page);
    result
}

/// The jobseeker sends their coach a photo or a PDF, with a few words or
/// none. A plain form with a file: it works without JavaScript.
#[server(prefix = "/api", endpoint = "send-message-file", input = MultipartFormData)]
pub async fn send_my_file(data: MultipartData) -> Result<(), AppError> {
    let page = super::MY_MESSAGES;
    let upload = match read_file_form(data, crate::accounts::Role::Jobseeker).await {
        Ok(upload) => upload,
        Err(unread) => return answer_file(String::new(), Err(unread), page),
    };
    let body = upload.text(FIELD_BODY);
    let out = super::server::Outgoing {
        body: &body,
        key: &upload.text(FIELD_KEY),
        file: Some(&upload.file),
    };
    let result = super::server::send_mine(out).await;
    answer_file(body.clone(), result, page)
}

/// A coach sends a jobseeker on their caseload a photo or a PDF.
#[server(prefix = "/api", endpoint = "send-coach-message-file", input = MultipartFormData)]
pub async fn send_coach_file(data: MultipartData) -> Result<(), AppError> {
    // Unread, the form names nobody: back to the inbox.
    let read = read_file_form(data, crate::accounts::Role::Coach)
        .await
        .and_then(|upload| {
            let jobseeker = upload
                .text("jobseeker")
                .parse()
                .map_err(|_| AppError::BadRequest)?;
            Ok((upload, jobseeker))
        });
    let (upload, jobseeker): (_, i64) = match read {
        Ok(read) => read,
        Err(unread) => return answer_file(String::new(), Err(unread), super::COACH_INBOX),
    };
    let body = upload.text(FIELD_BODY);
    let out = super::server::Outgoing {
        body: &body,
        key: &upload.text(FIELD_KEY),
        file: Some(&upload.file),
    };
    let result = super::server::send_to_jobseeker(jobseeker, out).await;
    answer_file(body.clone(), result, &super::coach_messages_path(jobseeker))
}

/// The file sent with `message`, as a download: never shown in the page
/// (it could be made to look like one), served as the type its bytes are.
#[server(prefix = "/api", endpoint = "message-file", input = GetUrl, output = Streaming)]
pub async fn message_file(message: i64) -> Result<ByteStream<AppError>, AppError> {
    let result = super::server::file(message).await;
    crate::context::answer_call(&result);
    let file = result?;
    let fallback = format!(
        "askel-{message}.{}",
        super::files::extension(&file.content_type)
    );
    crate::downloads::send_as_download(&file.content_type, &fallback, &file.name);
    Ok(ByteStream::from(futures::stream::once(
        async move { file.data },
    )))
}

/// A conversation renewed: its list as the page shows it, and what it shows.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Update {
    /// The version the list is of, to ask with next.
    pub version: String,
    pub html: String,
    /// Said by a screen reader: how many new messages came.
    pub announce: Option<String>,
}

/// What changed in the conversation the page shows at `version`: nothing,
/// or its list anew (see `live.rs`). The jobseeker's own; a coach names the
/// `jobseeker`.
#[server(prefix = "/api", endpoint = "message-updates", input = GetUrl)]
pub async fn message_updates(
    jobseeker: Option<i64>,
    version: String,
) -> Result<Option<Update>, AppError> {
    use crate::i18n::{FluentValue, t_args};
    let result = super::server::updates(jobseeker, &version).await;
    crate::context::answer_call(&result);
    let Some((read, new)) = result? else {
        return Ok(None);
    };
    let lines = super::views::lines(read.messages, jobseeker.is_none());
    let html = view! { <super::views::MessageItems lines newest=true/> }.to_html();
    let announce =
        (new > 0).then(|| t_args("message-live-new", &[("count", FluentValue::from(new))]));
    Ok(Some(Update {
        version: read.version,
        html,
        announce,
    }))
}

/// A coach gives their last day away, or (`back`) says they are back.
#[server(prefix = "/api", endpoint = "coach-away")]
pub async fn set_away(until: Option<String>, back: Option<String>) -> Result<(), AppError> {
    let until = until.unwrap_or_default();
    let result = match back.as_deref() {
        Some("yes") => super::server::set_away(None).await,
        _ => super::server::set_away(Some(&until)).await,
    };
    let typed = vec![(FIELD_AWAY.to_owned(), until)];
    let page = format!("{}#{FORM_AWAY}", super::COACH_INBOX);
    crate::forms::answer_form_post(FORM_AWAY, typed, &result, &page);
    result
}

/// The form with a file, read for someone of `role` (whom else's is not
/// read at all): the file at most [`super::MAX_FILE_BYTES`].
#[cfg(feature = "ssr")]
async fn read_file_form(
    data: MultipartData,
    role: crate::accounts::Role,
) -> Result<crate::forms::upload::Upload, AppError> {
    crate::accounts::require_role(&[role])?;
    crate::forms::upload::read(data, FIELD_FILE, super::MAX_FILE_BYTES).await
}

/// Back to the conversation, at the form with a file: its words come back
/// with a refusal (a file cannot be given back: the browser forgets it).
#[cfg(feature = "ssr")]
fn answer_file(body: String, result: Result<(), AppError>, page: &str) -> Result<(), AppError> {
    let typed = vec![(FIELD_BODY.to_owned(), body)];
    crate::forms::answer_form_post(FORM_FILE, typed, &result, page);
    result
}

/// Back to the conversation: sent, at the note that it was, just under the
/// newest message; else at the form.
#[cfg(feature = "ssr")]
fn answer(typed: Vec<(String, String)>, result: &Result<(), AppError>, page: &str) {
    crate::forms::answer_form_post_to(FORM_SEND, typed, result, page, page);
}
