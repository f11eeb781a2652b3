//! `/messages`: the jobseeker's conversation with their coach.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    live::LiveConversation,
    server_fns::{FORM_SEND, SendMyFile, SendMyMessage},
    views::{FileForm, MessageLine, MessageList, Paging, SendForm, before_param},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{FormState, FormSummary},
};

/// The conversation as the jobseeker sees it.
#[derive(Clone, Debug)]
pub struct MyMessages {
    /// Their coach's name; `None` while they have no coach.
    pub coach: Option<String>,
    pub lines: Vec<MessageLine>,
    pub paging: Paging,
    /// The send form's key.
    pub key: String,
    /// The file form's key.
    pub file_key: String,
    /// For the live conversation, on the page of the newest messages.
    pub live: Option<super::live::LiveData>,
    /// The text of a message just refused, to correct.
    pub refused: Option<String>,
    /// The coach's last day away, while away.
    pub coach_away: Option<String>,
}

async fn load(before: Option<i64>) -> Result<MyMessages, AppError> {
    #[cfg(feature = "ssr")]
    {
        let read = super::server::mine(before).await?;
        Ok(MyMessages {
            coach: read.other,
            lines: super::views::lines(read.messages, true),
            paging: Paging {
                page: super::MY_MESSAGES.to_owned(),
                earlier: read.earlier,
                is_earlier: before.is_some(),
            },
            key: super::server_fns::new_key(),
            file_key: super::server_fns::new_key(),
            live: before
                .is_none()
                .then(|| super::live::LiveData::new(read.reader, None, read.version.clone())),
            refused: read.refused,
            coach_away: read
                .coach_away
                .map(|day| crate::i18n::calendar_date(day, crate::i18n::use_locale())),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = before;
        Err(AppError::Internal)
    }
}

/// `/messages`.
#[component]
pub fn MyMessagesPage() -> impl IntoView {
    let before = before_param();
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("message-my-title")/>
            <h1>{t("message-my-title")}</h1>
            {crate::ui::loaded_page(move || load(before), |view| view! { <Conversation view/> }, "/", "nav-home")}
        </Protected>
    }
}

#[component]
fn Conversation(view: MyMessages) -> impl IntoView {
    let Some(coach) = view.coach else {
        // The coach left between the page and the post: say so, and give
        // back what was written so it is not lost.
        let unsent = view.refused.map(|text| {
            view! {
                <h2>{t("message-unsent")}</h2>
                <p class="message__body" dir="auto">{text}</p>
            }
        });
        return view! {
            <FormSummary state=FormState::take(FORM_SEND)/>
            <p>{t("message-no-coach")}</p>
            {unsent}
            <MessageList lines=view.lines paging=view.paging/>
        }
        .into_any();
    };
    let name = || FluentValue::from(coach.clone());
    let away = view.coach_away.map(|day| {
        let args = [("coach", name()), ("day", FluentValue::from(day))];
        view! { <p class="notice">{t_args("message-my-coach-away", &args)}</p> }
    });
    view! {
        <p>{t_args("message-my-intro", &[("coach", name())])}</p>
        {away}
        <MessageList lines=view.lines paging=view.paging/>
        {view.live.map(|data| view! { <LiveConversation data/> })}
        <SendForm action=SendMyMessage::url()
            label=t_args("message-to-coach", &[("coach", name())]) key=view.key start=view.refused.map(|text| (text, None))/>
        <FileForm action=SendMyFile::url() key=view.file_key/>
    }
    .into_any()
}
