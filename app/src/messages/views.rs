//! A conversation as both sides see it, and the form that adds to it.

use leptos::prelude::*;

use super::server_fns::{FIELD_BODY, FIELD_FILE, FIELD_KEY, FORM_FILE, FORM_SEND};
use crate::{
    i18n::t,
    ui::{FormState, FormSummary, PostForm, TextAreaField, TextField, done_notice},
};

/// The id of the newest message, where a sent form lands.
pub const NEWEST: &str = "newest-message";
/// The id around the list of messages, which the live conversation renews.
pub const CONVERSATION: &str = "conversation";
/// The id of the form's heading, where a chosen ready text lands.
pub const WRITE: &str = "message-write-heading";

/// One message as a page shows it.
#[derive(Clone, Debug)]
pub struct MessageLine {
    /// Sent by the side that reads the page.
    pub ours: bool,
    pub who: String,
    pub when: String,
    pub body: Vec<Piece>,
    /// For what the reader's side sent: read when, or not yet.
    pub read: Option<String>,
    /// The photo or PDF sent with it: where it downloads, and what to call it.
    pub file: Option<(String, String)>,
    /// For what the reader's side sent: its form's key, by which the live
    /// conversation knows a message it sent is in the list.
    pub key: Option<String>,
}

/// A run of a message's text, or a web address in it made a link.
#[derive(Clone, Debug)]
// Made on the server only: the browser build renders no conversation.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub enum Piece {
    Text(String),
    Link(String),
}

/// `body` cut into text and the http(s) addresses in it. Only those become
/// links: anything else (`javascript:`, a file) stays text.
#[cfg(feature = "ssr")]
pub fn pieces(body: &str) -> Vec<Piece> {
    let mut finder = linkify::LinkFinder::new();
    finder.kinds(&[linkify::LinkKind::Url]);
    // Only addresses in plain ASCII: a look-alike letter cannot pass for
    // the real site's name.
    finder.url_can_be_iri(false);
    finder
        .spans(body)
        .map(|span| {
            let text = span.as_str().to_owned();
            let web = text.starts_with("https://") || text.starts_with("http://");
            match span.kind() {
                Some(linkify::LinkKind::Url) if web => Piece::Link(text),
                _ => Piece::Text(text),
            }
        })
        .collect()
}

/// `messages` as the jobseeker (`by_jobseeker`) or their coach reads them.
#[cfg(feature = "ssr")]
pub fn lines(messages: Vec<super::db::Message>, by_jobseeker: bool) -> Vec<MessageLine> {
    use crate::i18n::{FluentValue, helsinki_date, helsinki_time, t_args, use_locale};
    let locale = use_locale();
    let at = |key: &str, moment: time::OffsetDateTime| {
        let day = FluentValue::from(helsinki_date(moment, locale));
        let time = FluentValue::from(helsinki_time(moment, locale));
        t_args(key, &[("day", day), ("time", time)])
    };
    messages
        .into_iter()
        .map(|m| {
            let ours = m.from_jobseeker == by_jobseeker;
            let who = match (ours && by_jobseeker, m.writer) {
                (true, _) => t("message-you"),
                (false, Some(name)) => name,
                (false, None) => t("message-writer-gone"),
            };
            MessageLine {
                ours,
                who,
                when: at("message-sent-at", m.created_at),
                body: pieces(&m.body),
                read: ours.then(|| match m.read_at {
                    Some(read_at) => at("message-read-at", read_at),
                    None => t("message-not-read"),
                }),
                file: file_link(m.message_id, m.file_name, m.file_type, m.file_size),
                key: ours.then(|| m.sent_key.to_string()),
            }
        })
        .collect()
}

/// The link to a message's file, and its text: the file's name, whether it
/// is a photo or a PDF, and its size, so a reader on prepaid data knows
/// what a tap costs.
#[cfg(feature = "ssr")]
fn file_link(
    message: i64,
    name: Option<String>,
    content_type: Option<String>,
    size: Option<i32>,
) -> Option<(String, String)> {
    use crate::i18n::{FluentValue, t_args, use_locale};
    use leptos::server_fn::ServerFn;
    let (name, content_type, size) = (name?, content_type?, size?);
    let kind = if super::files::is_photo(&content_type) {
        t("message-file-photo")
    } else {
        t("message-file-pdf")
    };
    // At least 0.1 MB, so a small file does not read as nothing.
    let megabytes = (size as f32 / (1024.0 * 1024.0)).max(0.1);
    let args = [
        ("name", FluentValue::from(name)),
        ("kind", FluentValue::from(kind)),
        (
            "size",
            FluentValue::from(use_locale().one_decimal(megabytes)),
        ),
    ];
    let href = format!("{}?message={message}", super::server_fns::MessageFile::PATH);
    Some((href, t_args("message-file-link", &args)))
}

/// Which page of a conversation is shown, and the links to the others.
#[derive(Clone, Debug)]
pub struct Paging {
    /// The conversation's own address.
    pub page: String,
    /// Where the page before this one starts, when there is one.
    pub earlier: Option<i64>,
    /// Whether this is an earlier page, not the newest messages.
    pub is_earlier: bool,
}

impl Paging {
    fn earlier_href(&self) -> Option<String> {
        self.earlier
            .map(|before| format!("{}?before={before}", self.page))
    }
}

/// The page's `?before=`: where an earlier page of messages ends. Anything
/// else there shows the newest.
pub fn before_param() -> Option<i64> {
    leptos_router::hooks::use_query_map()
        .with_untracked(|query| query.get("before"))
        .and_then(|before| before.parse().ok())
}

/// The conversation, oldest first; the newest message carries [`NEWEST`].
#[component]
pub fn MessageList(lines: Vec<MessageLine>, paging: Paging) -> impl IntoView {
    let earlier = paging.earlier_href().map(|href| {
        view! { <p><a href=href>{t("message-earlier")}</a></p> }
    });
    let newer = paging.is_earlier.then(|| {
        let href = format!("{}#{NEWEST}", paging.page);
        view! { <p><a href=href>{t("message-newest")}</a></p> }
    });
    view! {
        {earlier}
        // What the live conversation replaces with the server's newer list.
        <div id=CONVERSATION>
            <MessageItems lines newest=!paging.is_earlier/>
        </div>
        {newer}
    }
}

/// The messages, the last marked [`NEWEST`] when it is the newest; or
/// that there are none.
#[component]
pub fn MessageItems(lines: Vec<MessageLine>, newest: bool) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t("message-none")}</p> }.into_any();
    }
    let newest = newest.then(|| lines.len() - 1);
    view! {
        <ol class="plain-list messages">
            {lines.into_iter().enumerate().map(|(i, line)| view! {
                <li class="message" class:message--ours=line.ours id=(Some(i) == newest).then_some(NEWEST) data-key=line.key>
                    <p class="message__meta"><strong>{line.who}</strong>" · "{line.when}</p>
                    {(!line.body.is_empty()).then(|| view! { <MessageBody pieces=line.body/> })}
                    {line.file.map(|(href, text)| view! {
                        <p class="message__file"><a href=href download="" dir="auto">{text}</a></p>
                    })}
                    {line.read.map(|read| view! { <p class="message__meta">{read}</p> })}
                </li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// A message's words, its web addresses made links.
#[component]
fn MessageBody(pieces: Vec<Piece>) -> impl IntoView {
    view! {
        <p class="message__body" dir="auto">
            {pieces.into_iter().map(|piece| match piece {
                Piece::Text(text) => text.into_any(),
                // Someone else's address: it gets no referrer and no say over this page.
                Piece::Link(url) => {
                    let href = url.clone();
                    view! { <a href=href rel="nofollow noopener noreferrer">{url}</a> }.into_any()
                }
            }).collect_view()}
        </p>
    }
}

/// The form that sends a message to `action`; a coach's names the
/// `jobseeker` it goes to.
#[component]
pub fn SendForm(
    action: &'static str,
    label: String,
    key: String,
    /// What to start from: what was typed into a message just refused, or
    /// a ready text, with its language when it is not the page's.
    start: Option<(String, Option<String>)>,
    #[prop(optional)] jobseeker: Option<i64>,
) -> impl IntoView {
    let state = FormState::take(FORM_SEND);
    let (value, lang) = start.unwrap_or_else(|| (state.value(FIELD_BODY), None));
    view! {
        // Where a sent message lands: just under it.
        {done_notice(&state, "message-sent")}
        <section aria-labelledby=WRITE>
            <h2 id=WRITE>{t("message-write")}</h2>
            <FormSummary state=state.clone()/>
            <PostForm action>
                {jobseeker.map(|id| view! { <input type="hidden" name="jobseeker" value=id/> })}
                <input type="hidden" name=FIELD_KEY value=key/>
                <TextAreaField state name=FIELD_BODY label hint=t("message-body-hint") rows=5 value lang/>
                <button type="submit" class="button">{t("message-send")}</button>
            </PostForm>
        </section>
    }
}

/// The form that sends a photo or a PDF to `action`, with a few words or
/// none; a coach's names the `jobseeker` it goes to. Its own form, apart
/// from the message's: one thing to do at a time.
#[component]
pub fn FileForm(
    action: &'static str,
    key: String,
    #[prop(optional)] jobseeker: Option<i64>,
) -> impl IntoView {
    let state = FormState::take(FORM_FILE);
    let heading = format!("{FORM_FILE}-heading");
    let labelled_by = heading.clone();
    view! {
        {done_notice(&state, "message-file-sent")}
        <section aria-labelledby=labelled_by>
            <h2 id=heading>{t("message-file-heading")}</h2>
            <FormSummary state=state.clone()/>
            <PostForm action multipart=true>
                {jobseeker.map(|id| view! { <input type="hidden" name="jobseeker" value=id/> })}
                <input type="hidden" name=FIELD_KEY value=key/>
                <TextField state=state.clone() name=FIELD_FILE kind="file" label=t("message-file-choose")
                    hint=t("message-file-hint") accept="image/jpeg,image/png,image/webp,application/pdf"/>
                <TextAreaField state name=FIELD_BODY label=t("message-file-words") rows=2/>
                <button type="submit" class="button button--secondary">{t("message-file-send")}</button>
            </PostForm>
        </section>
    }
}
