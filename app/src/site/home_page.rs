use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    accounts::{Role, current_user},
    feedback::FeedbackSection,
    i18n::t,
    ui::work_links,
};

/// The areas of the service, in the order a jobseeker usually needs them,
/// as Fluent ids of their name and description, and where each is.
const AREAS: [(&str, &str, &str); 4] = [
    (
        "home-area-modules-name",
        "home-area-modules-description",
        "/modules",
    ),
    (
        "home-area-assessment-name",
        "home-area-assessment-description",
        "/skills",
    ),
    (
        "home-area-events-name",
        "home-area-events-description",
        "/events",
    ),
    (
        "home-area-plan-name",
        "home-area-plan-description",
        crate::plan::MY_PLAN,
    ),
];

/// The front page: what Askel is, in plain language, and what it offers.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=t("home-title")/>
        <h1>{t("home-heading")}</h1>
        <p class="lead">{t("home-intro")}</p>
        <p>{t("home-who")}</p>
        {match current_user().map(|user| user.role) {
            Some(role) if role != Role::Jobseeker => view! { <StaffWork role/> }.into_any(),
            _ => view! { <JobseekerAreas/> }.into_any(),
        }}
        <section aria-labelledby="home-help-heading">
            <h2 id="home-help-heading">{t("home-help-heading")}</h2>
            <p>{t("home-help-body")}</p>
        </section>
        <FeedbackSection/>
    }
}

/// What a jobseeker (or someone who may become one) can do, each area described.
#[component]
fn JobseekerAreas() -> impl IntoView {
    view! {
        <section aria-labelledby="home-areas-heading">
            <h2 id="home-areas-heading">{t("home-areas-heading")}</h2>
            <ul class="area-list">
                {AREAS
                    .into_iter()
                    .map(|(name, description, href)| {
                        view! {
                            <li class="area">
                                <h3><a href=href>{t(name)}</a></h3>
                                <p>{t(description)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Staff get their own work here, not the jobseekers' areas: those pages are
/// not theirs and would only answer "no access".
#[component]
fn StaffWork(role: Role) -> impl IntoView {
    view! {
        <section aria-labelledby="home-areas-heading">
            <h2 id="home-areas-heading">{t("home-staff-heading")}</h2>
            <ul>
                {work_links(role)
                    .into_iter()
                    .map(|(href, name)| view! { <li><a href=href>{t(name)}</a></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::AREAS;
    use crate::i18n::{Locale, has_message};

    #[test]
    fn every_area_is_translated() {
        for locale in Locale::ALL {
            for id in AREAS
                .iter()
                .flat_map(|(name, description, _)| [name, description])
            {
                assert!(has_message(locale, id), "{id} missing in {locale:?}");
            }
        }
    }
}
