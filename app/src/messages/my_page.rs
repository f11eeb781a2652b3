//! `/messages`: the jobseeker's conversation with their coach.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    server_fns::{FORM_SEND, SendMyMessage},
    views::{MessageLine, MessageList, SendForm},
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
    /// The send form's key.
    pub key: String,
    /// The text of a message just refused, to correct.
    pub refused: Option<String>,
}

async fn load() -> Result<MyMessages, AppError> {
    #[cfg(feature = "ssr")]
    {
        let read = super::server::mine().await?;
        Ok(MyMessages {
            coach: read.other,
            lines: super::views::lines(read.messages, true),
            key: super::server_fns::new_key(),
            refused: read.refused,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/messages`.
#[component]
pub fn MyMessagesPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("message-my-title")/>
            <h1>{t("message-my-title")}</h1>
            {crate::ui::loaded_page(load, |view| view! { <Conversation view/> }, "/", "nav-home")}
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
            <MessageList lines=view.lines/>
        }
        .into_any();
    };
    let name = || FluentValue::from(coach.clone());
    view! {
        <p>{t_args("message-my-intro", &[("coach", name())])}</p>
        <MessageList lines=view.lines/>
        <SendForm action=SendMyMessage::url()
            label=t_args("message-to-coach", &[("coach", name())]) key=view.key start=view.refused.map(|text| (text, None))/>
    }
    .into_any()
}
