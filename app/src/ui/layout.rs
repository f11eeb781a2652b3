use leptos::prelude::*;
use leptos_router::hooks::use_location;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use crate::{
    accounts::{CurrentUser, Role, SignOutButton, current_user},
    i18n::{Locale, t, translate, use_locale},
};

/// The frame of every page: skip link, header with language choice and main
/// navigation, the page itself in `<main>`, and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{t("layout-skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href="/">{t("app-name")}</a>
                <LanguageNav/>
            </div>
            <MainNav/>
        </header>
        <main id="main" class="site-main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t("layout-footer-about")}</p>
            <p><a href=crate::glossary::views::WORDS>{t("words-title")}</a></p>
        </footer>
    }
}

/// The main navigation: what the signed-in person's role can use.
fn nav_links(user: Option<&CurrentUser>) -> Vec<(&'static str, &'static str)> {
    let mut links = vec![("/", "nav-home")];
    match user.map(|u| u.role) {
        None => links.push(("/sign-in", "nav-sign-in")),
        Some(role) => {
            links.extend(work_links(role));
            links.push(("/account", "nav-account"));
        }
    }
    links
}

/// Where a role's own work is, as (path, Fluent id of its name), in the order
/// the navigation shows them.
pub fn work_links(role: Role) -> Vec<(&'static str, &'static str)> {
    match role {
        Role::Coach => vec![
            (crate::caseload::CASELOAD, "nav-caseload"),
            (crate::messages::COACH_INBOX, "nav-messages"),
            (crate::meetings::COACH_MEETINGS, "nav-meetings"),
            ("/coach/invitations", "nav-invitations"),
            ("/events", "nav-events"),
            (crate::matching::COACH_JOBS, "nav-coach-jobs"),
            (crate::employers::EMPLOYERS, "nav-employers"),
            (crate::employer_contacts::CONTACTS, "nav-employer-contacts"),
            (crate::report::REPORT, "nav-report"),
        ],
        Role::Admin => vec![
            ("/admin/users", "nav-admin-users"),
            (crate::employers::EMPLOYERS, "nav-employers"),
            (crate::report::REPORT, "nav-report"),
        ],
        Role::Jobseeker => vec![
            (crate::plan::MY_PLAN, "nav-plan"),
            (crate::messages::MY_MESSAGES, "nav-messages"),
            (crate::meetings::MY_MEETINGS, "nav-meetings"),
            ("/modules", "nav-modules"),
            ("/skills", "nav-skills"),
            (crate::matching::JOBS, "nav-jobs"),
            (crate::job_search::JOB_SEARCH, "nav-job-search"),
            ("/events", "nav-events"),
        ],
        Role::Organiser => vec![
            ("/organiser/events", "nav-organiser-events"),
            (crate::jobs::OWN_JOBS, "nav-own-jobs"),
        ],
    }
}

#[component]
fn MainNav() -> impl IntoView {
    let path = use_location().pathname;
    let user = current_user();
    let links = nav_links(user.as_ref());
    view! {
        <nav class="main-nav" aria-label=t("layout-main-nav-label")>
            <ul>
                {links
                    .into_iter()
                    .map(|(href, label)| {
                        let current = move || {
                            let path = path.get();
                            // A sub-page (a module's step) is within its section.
                            if path == href {
                                Some("page")
                            } else {
                                (href != "/" && path.starts_with(&format!("{href}/"))).then_some("true")
                            }
                        };
                        view! {
                            <li>
                                <a href=href aria-current=current>{t(label)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                {user.map(|_| view! { <li><SignOutButton/></li> })}
            </ul>
        </nav>
    }
}

/// Links, not a form, so choosing a language works without JavaScript. Each
/// language is named in itself and marked with its own `lang` for screen readers.
#[component]
fn LanguageNav() -> impl IntoView {
    let current = use_locale();
    let next =
        utf8_percent_encode(&super::current_page_without_lang(), NON_ALPHANUMERIC).to_string();
    view! {
        <nav class="language-nav" aria-label=t("layout-language-nav-label")>
            <ul>
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <li>
                                <a
                                    href=format!("/language/{}?next={next}", locale.code())
                                    lang=locale.lang()
                                    hreflang=locale.lang()
                                    dir=locale.dir()
                                    aria-current=(locale == current).then_some("true")
                                >
                                    {translate(locale, "language-self-name")}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
