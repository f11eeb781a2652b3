//! Who outside their coach sees a jobseeker's skills: no one, until they
//! share them with the organiser of an event they are going to (and, with
//! jobs, with one application). Shared on the event's page, listed on
//! `/skills`, stopped with one button; the organiser reads them on
//! `/organiser/events/{event}/people/{signup}/skills`.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    evidence_pages::{EvidenceList, Reader},
    types::ShownSkill,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm, done_notice, id_param, loaded_section},
};

const SHARE_FORM: &str = "skills-share";
const STOP_FORM: &str = "skills-share-stop";

fn event_path(event: i64) -> String {
    format!("/events/{event}")
}

/// Where a form about sharing with `event` came from: the event's page, or
/// the list on `/skills`.
#[cfg(feature = "ssr")]
fn back_to(event: i64, from: Option<String>) -> String {
    match from.as_deref() {
        Some("skills") => "/skills".to_owned(),
        _ => event_path(event),
    }
}

/// Shows the jobseeker's skills to the event's organiser.
#[server(prefix = "/api", endpoint = "share-skills")]
pub async fn share_skills(event: i64) -> Result<(), AppError> {
    let result = super::server::share_with_event(event).await;
    crate::forms::answer_form_post(SHARE_FORM, Vec::new(), &result, &event_path(event));
    result
}

/// Stops showing them.
#[server(prefix = "/api", endpoint = "stop-sharing-skills")]
pub async fn stop_sharing_skills(event: i64, from: Option<String>) -> Result<(), AppError> {
    let result = super::server::stop_sharing_with_event(event).await;
    crate::forms::answer_form_post(STOP_FORM, Vec::new(), &result, &back_to(event, from));
    result
}

/// A consent as the pages show it.
#[derive(Clone, Debug)]
struct ShareLine {
    event_id: i64,
    title: String,
    employer: String,
    since: String,
    live: bool,
}

async fn load_shares(event: Option<i64>) -> Result<Vec<ShareLine>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        Ok(super::server::my_shares(event, locale)
            .await?
            .into_iter()
            .map(|share| ShareLine {
                event_id: share.event_id,
                title: share.title,
                employer: share.employer,
                since: crate::i18n::helsinki_date(share.granted_at, locale),
                live: share.live,
            })
            .collect())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = event;
        Err(AppError::Internal)
    }
}

fn stop_form(event_id: i64, from: Option<&'static str>, name: String) -> impl IntoView {
    view! {
        <PostForm action=StopSharingSkills::url()>
            <input type="hidden" name="event" value=event_id/>
            {from.map(|from| view! { <input type="hidden" name="from" value=from/> })}
            <button type="submit" class="button button--secondary">{name}</button>
        </PostForm>
    }
}

/// The "Who sees your skills" section of `/skills`.
#[component]
pub fn SharingSection() -> impl IntoView {
    let stopped = FormState::take(STOP_FORM);
    view! {
        <section aria-labelledby="sharing">
            <h2 id="sharing" tabindex="-1">{t("profile-sharing-title")}</h2>
            {done_notice(&stopped, "profile-sharing-stopped")}
            <FormSummary state=stopped/>
            <p>{t("profile-sharing-intro")}</p>
            {loaded_section(|| load_shares(None), |shares: Vec<ShareLine>| {
                let live: Vec<ShareLine> = shares.into_iter().filter(|s| s.live).collect();
                if live.is_empty() {
                    return view! { <p>{t("profile-sharing-none")}</p> }.into_any();
                }
                view! {
                    <ul class="experience-list">
                        {live.into_iter().map(|share| {
                            let stop = t_args("profile-sharing-stop-named", &[("event", FluentValue::from(share.title.clone()))]);
                            view! {
                                <li>
                                    <p><a href=event_path(share.event_id)><bdi>{share.title}</bdi></a></p>
                                    <p><bdi>{share.employer}</bdi></p>
                                    <p>{t_args("profile-sharing-since", &[("day", FluentValue::from(share.since))])}</p>
                                    {stop_form(share.event_id, Some("skills"), stop)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </section>
    }
}

/// Sharing on the page of an event the jobseeker is going to.
#[component]
pub fn EventSharing(event_id: i64) -> impl IntoView {
    let shared = FormState::take(SHARE_FORM);
    let stopped = FormState::take(STOP_FORM);
    let load = move || async move {
        Ok::<_, AppError>(
            load_shares(Some(event_id))
                .await?
                .into_iter()
                .find(|s| s.event_id == event_id && s.live),
        )
    };
    view! {
        <section aria-labelledby="share-skills" class="share-skills">
            <h2 id="share-skills">{t("profile-share-title")}</h2>
            {done_notice(&shared, "profile-share-done")}
            {done_notice(&stopped, "profile-sharing-stopped")}
            <FormSummary state=shared/>
            {loaded_section(load, move |share: Option<ShareLine>| match share {
                Some(share) => view! {
                    <p>{t_args("profile-share-on", &[("day", FluentValue::from(share.since))])}</p>
                    {stop_form(event_id, None, t("profile-sharing-stop"))}
                }
                .into_any(),
                None => view! {
                    <p>{t("profile-share-explain")}</p>
                    <p><a href="/skills#my-skills">{t("profile-share-see")}</a></p>
                    <PostForm action=ShareSkills::url()>
                        <input type="hidden" name="event" value=event_id/>
                        <button type="submit" class="button">{t("profile-share-button")}</button>
                    </PostForm>
                }
                .into_any(),
            })}
        </section>
    }
}

/// What the organiser reads: the person's name and skills.
#[derive(Clone, Debug)]
struct Shared {
    event_id: i64,
    name: String,
    skills: Vec<ShownSkill>,
}

async fn load_shared(event_id: i64, signup_id: i64) -> Result<Shared, AppError> {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::i18n::use_locale();
        let (name, skills) = super::server::shared_skills(event_id, signup_id, locale).await?;
        Ok(Shared {
            event_id,
            name,
            skills,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (event_id, signup_id);
        Err(AppError::Internal)
    }
}

/// `/organiser/events/{event}/people/{signup}/skills`.
#[component]
pub fn SharedSkillsPage() -> impl IntoView {
    let (event, signup) = (id_param("event"), id_param("signup"));
    view! {
        <Protected roles=&[Role::Organiser]>
            {crate::ui::loaded_page(move || load_shared(event, signup), |shared: Shared| {
                let title = t_args("profile-shared-title", &[("name", FluentValue::from(shared.name.clone()))]);
                view! {
                    <Title text=title.clone()/>
                    <BackLink href=format!("/organiser/events/{}", shared.event_id) label=t("profile-shared-back")/>
                    <h1>{title}</h1>
                    <p>{t("profile-shared-intro")}</p>
                    <EvidenceList skills=shared.skills empty_key="profile-shared-none" reader=Reader::Staff/>
                }
            }, "/organiser/events", "profile-shared-back")}
        </Protected>
    }
}
