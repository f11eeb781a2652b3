//! The document shell and the route table.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    accounts::{ForgotPasswordPage, InvitationsPage, JoinPage, NewPasswordPage, SignInPage},
    admin::UsersPage,
    caseload::{CaseloadPage, JobseekerPage, NotePage, OutcomePage},
    cv::CvPage,
    employer_contacts::{EmployerConsentPage, EmployerContactsPage},
    employers::{EmployerPage, EmployersPage},
    events::{
        CaseloadEventsPage, EditEventPage, EventPage, EventsPage, ManageEventPage, MyEventsPage,
        NewEventPage, OrganiserEventsPage,
    },
    follow_along::FollowAlongPage,
    i18n::{FluentValue, Locale, translate_args, use_locale},
    job_search::{JobSearchPage, PersonJobSearchPage},
    jobs::{EditJobPage, NewJobPage, OwnJobPage, OwnJobsPage},
    matching::{
        CandidatePage, CoachJobPage, CoachJobsPage, CoachOpenJobsPage, JobForYouPage,
        JobsForYouPage, MyJobsPage,
    },
    meetings::{CoachMeetingsPage, MyMeetingsPage, PersonMeetingsPage},
    messages::{CoachMessagesPage, InboxPage, MyMessagesPage},
    modules::{ModuleDonePage, ModuleStartPage, ModulesPage, StepPage},
    my_account::{
        AccountDeletedPage, AccountPage, ConfirmEmailPage, DeleteAccountPage, DetailsPage,
        LanguagePage, PasswordPage,
    },
    notifications::{NotificationsPage, UnsubscribePage},
    plan::{
        CoachPlanHistoryPage, CoachPlanPage, EditGoalPage, EditStepPage, MyPlanHistoryPage,
        MyPlanPage,
    },
    profile::{
        AddCertificatePage, AddExperiencePage, AddLanguagePage, CoachSkillsPage,
        ExperienceSkillsPage, SharedSkillsPage,
    },
    report::ReportPage,
    site::{HomePage, NotFoundPage, OfflinePage, SignedOutPage},
    skills::{CheckPage, HistoryPage, QuestionPage, ResultsPage, SkillsPage, StartPage},
    ui::Layout,
};

/// The HTML document around every page, rendered on the server only. It fixes
/// the language and direction, and the nonce that lets our own scripts run under
/// a Content Security Policy that forbids inline scripts.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = use_locale();
    provide_context(locale);
    #[cfg(feature = "ssr")]
    {
        leptos::nonce::provide_nonce();
        set_content_security_policy();
    }
    view! {
        <!DOCTYPE html>
        <html lang=locale.lang() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <meta name="theme-color" content="#0a4f8f"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="icon" href="/icons/icon.svg" type="image/svg+xml"/>
                <link rel="apple-touch-icon" href="/icons/icon-192.png"/>
                <link rel="stylesheet" href="/pkg/askel.css"/>
                <StartScript options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The one script every page loads (`public/start.js`): it registers the
/// service worker, and loads the islands' WASM only where the page has an
/// island and the small one of `app/enhance` only where something needs it. It takes the place of Leptos' `HydrationScripts`, which has every
/// page fetch the bundle (and preload it) whether it has an island or not.
#[component]
fn StartScript(options: LeptosOptions) -> impl IntoView {
    // As `HydrationScripts` does in islands mode: only islands hydrate, so
    // the server marks nothing else for hydration.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let bundle = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let enhance = format!("/{}/enhance", options.site_pkg_dir);
    view! {
        <script src="/start.js" defer data-islands-js=format!("{bundle}.js") data-islands-wasm=format!("{bundle}.wasm")
            data-enhance-js=format!("{enhance}.js") data-enhance-wasm=format!("{enhance}.wasm")></script>
    }
}

/// Scripts only from our origin or carrying this response's nonce; WASM may be
/// compiled; nothing may frame the site.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// The application: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale: Locale = use_locale();
    let title = move |page: String| {
        translate_args(
            locale,
            "app-page-title",
            &[("page", FluentValue::from(page))],
        )
    };
    view! {
        <Title formatter=title/>
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("offline") view=OfflinePage/>
                    <Route path=path!("words") view=crate::glossary::views::WordsPage/>
                    <Route path=path!("sign-in") view=SignInPage/>
                    <Route path=path!("signed-out") view=SignedOutPage/>
                    <Route path=path!("join") view=JoinPage/>
                    // Pages that read the database wait for it, so the whole
                    // page arrives at once and works without JavaScript.
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("account/details") view=DetailsPage ssr=SsrMode::Async/>
                    <Route path=path!("account/email/confirm") view=ConfirmEmailPage/>
                    <Route path=path!("account/language") view=LanguagePage/>
                    <Route path=path!("account/password") view=PasswordPage/>
                    <Route path=path!("account/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("account/delete") view=DeleteAccountPage/>
                    <Route path=path!("account/deleted") view=AccountDeletedPage/>
                    <Route path=path!("password/forgot") view=ForgotPasswordPage/>
                    <Route path=path!("password/new") view=NewPasswordPage/>
                    <Route path=path!("coach/invitations") view=InvitationsPage/>
                    <Route path=path!("coach/caseload") view=CaseloadPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker") view=JobseekerPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/notes/:note") view=NotePage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/outcomes/:outcome") view=OutcomePage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/plan") view=CoachPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/skills") view=CoachSkillsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/jobs") view=CoachJobsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/plan/history") view=CoachPlanHistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/plan/steps/:step") view=EditStepPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/plan/goals/:goal") view=EditGoalPage ssr=SsrMode::Async/>
                    <Route path=path!("plan") view=MyPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("plan/history") view=MyPlanHistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/report") view=ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobs") view=CoachOpenJobsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobs/:job") view=CoachJobPage ssr=SsrMode::Async/>
                    <Route path=path!("admin/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("employers") view=EmployersPage ssr=SsrMode::Async/>
                    <Route path=path!("employers/:employer") view=EmployerPage ssr=SsrMode::Async/>
                    <Route path=path!("modules") view=ModulesPage ssr=SsrMode::Async/>
                    <Route path=path!("modules/:module") view=ModuleStartPage ssr=SsrMode::Async/>
                    <Route path=path!("modules/:module/steps/:step") view=StepPage ssr=SsrMode::Async/>
                    <Route path=path!("modules/:module/done") view=ModuleDonePage ssr=SsrMode::Async/>
                    <Route path=path!("skills") view=SkillsPage ssr=SsrMode::Async/>
                    <Route path=path!("experience/new") view=AddExperiencePage ssr=SsrMode::Async/>
                    <Route path=path!("experience/:experience") view=ExperienceSkillsPage ssr=SsrMode::Async/>
                    <Route path=path!("languages/new") view=AddLanguagePage ssr=SsrMode::Async/>
                    <Route path=path!("certificates/new") view=AddCertificatePage ssr=SsrMode::Async/>
                    <Route path=path!("skills/results/:assessment") view=ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("skills/:framework") view=StartPage ssr=SsrMode::Async/>
                    <Route path=path!("skills/:framework/questions/:statement") view=QuestionPage ssr=SsrMode::Async/>
                    <Route path=path!("skills/:framework/check") view=CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("skills/:framework/history") view=HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("events") view=EventsPage ssr=SsrMode::Async/>
                    <Route path=path!("events/mine") view=MyEventsPage ssr=SsrMode::Async/>
                    <Route path=path!("events/caseload") view=CaseloadEventsPage ssr=SsrMode::Async/>
                    <Route path=path!("events/:event") view=EventPage ssr=SsrMode::Async/>
                    <Route path=path!("organiser/events") view=OrganiserEventsPage ssr=SsrMode::Async/>
                    <Route path=path!("organiser/events/new") view=NewEventPage ssr=SsrMode::Async/>
                    <Route path=path!("organiser/events/:event") view=ManageEventPage ssr=SsrMode::Async/>
                    <Route path=path!("organiser/events/:event/edit") view=EditEventPage ssr=SsrMode::Async/>
                    <Route path=path!("organiser/events/:event/people/:signup/skills") view=SharedSkillsPage ssr=SsrMode::Async/>
                    <Route path=path!("jobs") view=JobsForYouPage ssr=SsrMode::Async/>
                    <Route path=path!("jobs/mine") view=MyJobsPage ssr=SsrMode::Async/>
                    <Route path=path!("cv") view=CvPage ssr=SsrMode::Async/>
                    <Route path=path!("messages") view=MyMessagesPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/messages") view=CoachMessagesPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/messages") view=InboxPage ssr=SsrMode::Async/>
                    <Route path=path!("unsubscribe") view=UnsubscribePage ssr=SsrMode::Async/>
                    <Route path=path!("meetings") view=MyMeetingsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/meetings") view=CoachMeetingsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/meetings") view=PersonMeetingsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/employer-contacts") view=EmployerContactsPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/follow-along") view=FollowAlongPage ssr=SsrMode::Async/>
                    <Route path=path!("job-search") view=JobSearchPage ssr=SsrMode::Async/>
                    <Route path=path!("coach/jobseekers/:jobseeker/job-search") view=PersonJobSearchPage ssr=SsrMode::Async/>
                    <Route path=path!("account/employers") view=EmployerConsentPage ssr=SsrMode::Async/>
                    <Route path=path!("jobs/:job") view=JobForYouPage ssr=SsrMode::Async/>
                    <Route path=path!("employer/jobs") view=OwnJobsPage ssr=SsrMode::Async/>
                    <Route path=path!("employer/jobs/new") view=NewJobPage ssr=SsrMode::Async/>
                    <Route path=path!("employer/jobs/:job") view=OwnJobPage ssr=SsrMode::Async/>
                    <Route path=path!("employer/jobs/:job/edit") view=EditJobPage ssr=SsrMode::Async/>
                    <Route path=path!("employer/jobs/:job/candidates/:candidate") view=CandidatePage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
