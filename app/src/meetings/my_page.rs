//! `/meetings`: the jobseeker's meetings with their coach, and the coach's
//! free times to book, move to or cancel without calling anyone.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    server_fns::{BookMeeting, CancelMeeting, FORM_BOOK, FORM_CANCEL},
    views::{CalendarLink, HowAndWhere, Shown, free_times_by_day},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{ConfirmedPost, FormState, FormSummary, PostForm, done_notice},
};

/// Where the free times start, where "Move" lands.
const FREE_TIMES: &str = "free-times";

#[derive(Clone, Debug)]
pub struct MyMeetings {
    pub coach: Option<String>,
    pub upcoming: Vec<Shown>,
    pub free: Vec<Shown>,
    /// The meeting being moved, when one is.
    pub moving: Option<Shown>,
}

async fn load(moving: Option<i64>) -> Result<MyMeetings, AppError> {
    #[cfg(feature = "ssr")]
    {
        let mine = super::server::mine().await?;
        let upcoming = super::views::shown(mine.upcoming);
        let moving =
            moving.and_then(|id| upcoming.iter().find(|m| m.id == id && m.to_come).cloned());
        Ok(MyMeetings {
            coach: mine.coach,
            upcoming,
            free: super::views::shown(mine.free),
            moving,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = moving;
        Err(AppError::Internal)
    }
}

/// `/meetings`.
#[component]
pub fn MyMeetingsPage() -> impl IntoView {
    let moving = use_query_map()
        .with_untracked(|query| query.get("move"))
        .and_then(|id| id.parse().ok());
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("meeting-my-title")/>
            <h1>{t("meeting-my-title")}</h1>
            {crate::ui::loaded_page(move || load(moving), |view| view! { <Meetings view/> }, "/", "nav-home")}
        </Protected>
    }
}

#[component]
fn Meetings(view: MyMeetings) -> impl IntoView {
    let booked = FormState::take(FORM_BOOK);
    let cancelled = FormState::take(FORM_CANCEL);
    let upcoming = if view.upcoming.is_empty() {
        view! { <p>{t("meeting-none-booked")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list meetings">
                {view.upcoming.into_iter().map(|time| view! { <Booked time/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        {done_notice(&booked, "meeting-booked")}
        {done_notice(&cancelled, "meeting-cancelled")}
        <FormSummary state=booked/>
        <FormSummary state=cancelled/>
        <h2>{t("meeting-yours")}</h2>
        {upcoming}
        {match view.coach {
            Some(coach) => view! { <FreeTimes coach free=view.free moving=view.moving/> }.into_any(),
            None => view! { <p>{t("meeting-no-coach")}</p> }.into_any(),
        }}
    }
}

/// A meeting the jobseeker has: when, how, where, and what they can do.
#[component]
fn Booked(time: Shown) -> impl IntoView {
    let id = time.id;
    let when = format!("{}, {}", time.day, time.span);
    let heading = format!("meeting-{id}");
    let coach = time
        .coach
        .clone()
        .map(|name| view! { <p>{t_args("meeting-with-coach", &[("name", FluentValue::from(name))])}</p> });
    let change = time.to_come.then(|| {
        let href = format!("?move={id}#{FREE_TIMES}");
        let cancel = t_args("meeting-cancel", &[("when", FluentValue::from(when.clone()))]);
        let about = heading.clone();
        view! {
            <p><a href=href aria-describedby=about>{t("meeting-move")}</a></p>
            <ConfirmedPost action=CancelMeeting::url() field="meeting" value=id.to_string()
                open=cancel question=t("meeting-cancel-question") confirm=t("meeting-cancel-confirm")/>
        }
    });
    view! {
        <li class="meeting">
            <h3 id=heading.clone()>{when}</h3>
            <HowAndWhere time/>
            {coach}
            <CalendarLink meeting=id about=heading/>
            {change}
        </li>
    }
}

/// The coach's free times, by day, each one button away.
#[component]
fn FreeTimes(coach: String, free: Vec<Shown>, moving: Option<Shown>) -> impl IntoView {
    let heading = match &moving {
        Some(time) => t_args(
            "meeting-move-heading",
            &[(
                "when",
                FluentValue::from(format!("{}, {}", time.day, time.span)),
            )],
        ),
        None => t_args(
            "meeting-free-heading",
            &[("name", FluentValue::from(coach))],
        ),
    };
    let from = moving.map(|time| time.id);
    let times = if free.is_empty() {
        view! { <p>{t("meeting-no-free-times")}</p> }.into_any()
    } else {
        free_times_by_day(free, |time, about| book_button(time, from, about))
    };
    view! {
        <h2 id=FREE_TIMES>{heading}</h2>
        {times}
    }
}

/// The button that books `time`, or moves the meeting `from` to it.
fn book_button(time: &Shown, from: Option<i64>, about: &str) -> AnyView {
    let span = FluentValue::from(time.span.clone());
    let label = match from {
        Some(_) => t_args("meeting-move-here", &[("time", span)]),
        None => t_args("meeting-book", &[("time", span)]),
    };
    let about = about.to_owned();
    let id = time.id;
    view! {
        <PostForm action=BookMeeting::url()>
            <input type="hidden" name="meeting" value=id/>
            {from.map(|from| view! { <input type="hidden" name="from" value=from/> })}
            <button type="submit" class="button" aria-describedby=about>{label}</button>
        </PostForm>
    }
    .into_any()
}
