//! `/coach/jobseekers/{jobseeker}/messages`: a jobseeker's conversation in
//! their coach's workspace.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    TEMPLATES,
    live::LiveConversation,
    server_fns::{SendCoachFile, SendCoachMessage},
    views::{FileForm, MessageLine, MessageList, Paging, SendForm, before_param},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, id_param},
};

/// The conversation as the coach sees it.
#[derive(Clone, Debug)]
pub struct CoachMessages {
    pub jobseeker: i64,
    pub name: String,
    pub lines: Vec<MessageLine>,
    pub paging: Paging,
    /// The send form's key.
    pub key: String,
    /// The file form's key.
    pub file_key: String,
    /// For the live conversation, on the page of the newest messages.
    pub live: Option<super::live::LiveData>,
    /// The text of a message just refused, to correct, or the ready text
    /// chosen, and the language it is in.
    pub start: Option<(String, Option<String>)>,
    /// When the reader covers for an away teammate: whom, and until when.
    pub covering: Option<String>,
}

async fn load(
    jobseeker: i64,
    template: Option<String>,
    before: Option<i64>,
) -> Result<CoachMessages, AppError> {
    #[cfg(feature = "ssr")]
    {
        let (read, template) =
            super::server::for_coach(jobseeker, template.as_deref(), before).await?;
        let page = crate::i18n::use_locale();
        let start = match (read.refused, template) {
            (Some(refused), _) => Some((refused, None)),
            (None, Some(template)) => Some((
                template.text,
                crate::i18n::lang_unless_page(template.locale.code(), page),
            )),
            (None, None) => None,
        };
        let covering = read.covering_for.map(|(coach, until)| {
            let day = crate::i18n::calendar_date(until, page);
            let args = [
                ("coach", FluentValue::from(coach)),
                ("day", FluentValue::from(day)),
            ];
            t_args("message-covering", &args)
        });
        Ok(CoachMessages {
            covering,
            jobseeker,
            name: read.other.unwrap_or_default(),
            lines: super::views::lines(read.messages, false),
            paging: Paging {
                page: super::coach_messages_path(jobseeker),
                earlier: read.earlier,
                is_earlier: before.is_some(),
            },
            key: super::server_fns::new_key(),
            file_key: super::server_fns::new_key(),
            live: before.is_none().then(|| {
                super::live::LiveData::new(read.reader, Some(jobseeker), read.version.clone())
            }),
            start,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, template, before);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/messages`.
#[component]
pub fn CoachMessagesPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    let template = use_query_map().with_untracked(|query| query.get("template"));
    let before = before_param();
    view! {
        <Protected roles=&[Role::Coach]>
            {
                let template = template.clone();
                crate::ui::loaded_page(move || load(jobseeker, template.clone(), before), |view| view! { <Conversation view/> }, crate::caseload::CASELOAD, "caseload-back")
            }
        </Protected>
    }
}

#[component]
fn Conversation(view: CoachMessages) -> impl IntoView {
    let name = || FluentValue::from(view.name.clone());
    let heading = t_args("message-coach-title", &[("name", name())]);
    view! {
        <Title text=heading.clone()/>
        // A covering coach has no way to the person's page: back to the inbox.
        {match view.covering.is_some() {
            true => view! { <BackLink href=super::COACH_INBOX label=t("message-inbox-back")/> }.into_any(),
            false => view! {
                <BackLink href=crate::caseload::jobseeker_path(view.jobseeker)
                    label=t_args("jobseeker-back", &[("name", name())])/>
            }.into_any(),
        }}
        <h1>{heading}</h1>
        {view.covering.map(|text| view! { <p class="notice">{text}</p> })}
        <MessageList lines=view.lines paging=view.paging/>
        {view.live.map(|data| view! { <LiveConversation data/> })}
        // The form right under the conversation, where a sent message's
        // note lands; the ready texts fill it from below.
        <SendForm action=SendCoachMessage::url() jobseeker=view.jobseeker
            label=t_args("message-to-jobseeker", &[("name", name())]) key=view.key start=view.start/>
        <Templates jobseeker=view.jobseeker/>
        <FileForm action=SendCoachFile::url() jobseeker=view.jobseeker key=view.file_key/>
    }
}

/// Links that start the message from a ready text in the jobseeker's
/// language: plain links, so they work without JavaScript.
#[component]
fn Templates(jobseeker: i64) -> impl IntoView {
    let page = super::coach_messages_path(jobseeker);
    view! {
        <h2>{t("message-templates")}</h2>
        <p class="hint">{t("message-templates-hint")}</p>
        <ul>
            {TEMPLATES.iter().map(|name| {
                let href = format!("{page}?template={name}#{}", super::views::WRITE);
                view! { <li><a href=href>{t(&format!("message-template-{name}-title"))}</a></li> }
            }).collect_view()}
        </ul>
    }
}
