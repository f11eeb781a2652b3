//! `/coach/jobseekers/{jobseeker}/messages`: a jobseeker's conversation in
//! their coach's workspace.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    server_fns::SendCoachMessage,
    views::{MessageLine, MessageList, SendForm},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t_args},
    ui::{BackLink, id_param},
};

/// The conversation as the coach sees it.
#[derive(Clone, Debug)]
pub struct CoachMessages {
    pub jobseeker: i64,
    pub name: String,
    pub lines: Vec<MessageLine>,
    /// The send form's key.
    pub key: String,
    /// The text of a message just refused, to correct.
    pub refused: Option<String>,
}

async fn load(jobseeker: i64) -> Result<CoachMessages, AppError> {
    #[cfg(feature = "ssr")]
    {
        let read = super::server::for_coach(jobseeker).await?;
        Ok(CoachMessages {
            jobseeker,
            name: read.other.unwrap_or_default(),
            lines: super::views::lines(read.messages, false),
            key: super::server_fns::new_key(),
            refused: read.refused,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/messages`.
#[component]
pub fn CoachMessagesPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker), |view| view! { <Conversation view/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn Conversation(view: CoachMessages) -> impl IntoView {
    let name = || FluentValue::from(view.name.clone());
    let heading = t_args("message-coach-title", &[("name", name())]);
    view! {
        <Title text=heading.clone()/>
        <BackLink href=crate::caseload::jobseeker_path(view.jobseeker)
            label=t_args("jobseeker-back", &[("name", name())])/>
        <h1>{heading}</h1>
        <MessageList lines=view.lines/>
        <SendForm action=SendCoachMessage::url() jobseeker=view.jobseeker
            label=t_args("message-to-jobseeker", &[("name", name())]) key=view.key refused=view.refused/>
    }
}
