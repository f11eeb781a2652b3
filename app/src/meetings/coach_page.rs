//! `/coach/meetings`: a week of the coach's times, day by day (a list that
//! reads well on a phone and with a screen reader), and the form that
//! offers new ones.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    LENGTHS, MAX_IN_A_ROW, MODES,
    server_fns::{FORM_OFFER, FORM_REMOVE, OfferTimes, RemoveTime},
    views::{HowAndWhere, Shown, by_day},
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        Choice, ConfirmedPost, FormState, FormSummary, PostForm, RadioField, SelectField,
        TextField, done_notice,
    },
};

/// A week of the coach's times, or one day of them.
#[derive(Clone, Debug)]
pub struct Week {
    /// "Week from 7.12.2026 to 13.12.2026", or "Thursday 10.12.2026".
    pub range: String,
    /// The week before and after, or the day.
    pub previous: (String, String),
    pub next: (String, String),
    /// To one day (today) from a week, to the whole week from a day.
    pub other: (String, String),
    pub times: Vec<Shown>,
    /// The pager's name, and what to say when there are no times.
    pub pager: &'static str,
    pub empty: &'static str,
}

/// One day with `?day=`, else the week of `?week=` (any day of it), or
/// this week, in Helsinki.
async fn load(week: Option<String>, day: Option<String>) -> Result<Week, AppError> {
    #[cfg(feature = "ssr")]
    {
        use time::Duration;

        use crate::i18n::{calendar_date, helsinki_local, parse_day, use_locale};
        let today = helsinki_local(time::OffsetDateTime::now_utc()).date();
        let locale = use_locale();
        let link = |href: String, key: &str| (href, t(key));
        if let Some(day) = day.as_deref().and_then(parse_day) {
            let shifted = |days: i64| day.checked_add(Duration::days(days)).unwrap_or(day);
            return Ok(Week {
                range: super::views::day_heading(day),
                previous: link(super::day_path(shifted(-1)), "meeting-previous-day"),
                next: link(super::day_path(shifted(1)), "meeting-next-day"),
                other: link(super::week_path(day), "meeting-whole-week"),
                times: super::views::shown(super::server::times(day, 1).await?),
                pager: "meeting-days",
                empty: "meeting-day-empty",
            });
        }
        let day = week.and_then(|day| parse_day(&day)).unwrap_or(today);
        let monday = super::views::monday_of(day);
        let shifted = |days: i64| monday.checked_add(Duration::days(days)).unwrap_or(monday);
        let range = t_args(
            "meeting-week-range",
            &[
                ("from", FluentValue::from(calendar_date(monday, locale))),
                (
                    "until",
                    FluentValue::from(calendar_date(shifted(6), locale)),
                ),
            ],
        );
        Ok(Week {
            range,
            previous: link(super::week_path(shifted(-7)), "meeting-previous-week"),
            next: link(super::week_path(shifted(7)), "meeting-next-week"),
            other: link(super::day_path(today), "meeting-today"),
            times: super::views::shown(super::server::times(monday, 7).await?),
            pager: "meeting-weeks",
            empty: "meeting-week-empty",
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (week, day);
        Err(AppError::Internal)
    }
}

/// `/coach/meetings`.
#[component]
pub fn CoachMeetingsPage() -> impl IntoView {
    let (week, day) = use_query_map().with_untracked(|query| (query.get("week"), query.get("day")));
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("meeting-coach-title")/>
            <h1>{t("meeting-coach-title")}</h1>
            {
                let (week, day) = (week.clone(), day.clone());
                crate::ui::loaded_page(move || load(week.clone(), day.clone()), |week| view! { <WeekView week/> }, crate::caseload::CASELOAD, "caseload-back")
            }
            <OfferForm/>
        </Protected>
    }
}

#[component]
fn WeekView(week: Week) -> impl IntoView {
    let removed = FormState::take(FORM_REMOVE);
    let days = by_day(week.times);
    let list =
        if days.is_empty() {
            view! { <p>{t(week.empty)}</p> }.into_any()
        } else {
            days.into_iter()
            .map(|(day, times)| view! {
                <h2>{day}</h2>
                <ul class="plain-list meetings">
                    {times.into_iter().map(|time| view! { <CoachTime time/> }).collect_view()}
                </ul>
            })
            .collect_view()
            .into_any()
        };
    let [
        (previous, previous_label),
        (next, next_label),
        (other, other_label),
    ] = [week.previous, week.next, week.other];
    view! {
        {done_notice(&removed, "meeting-removed")}
        <FormSummary state=removed/>
        <nav class="pager" aria-label=t(week.pager)>
            <p>{week.range}</p>
            <ul class="plain-list">
                <li><a href=previous>{previous_label}</a></li>
                <li><a href=next>{next_label}</a></li>
                <li><a href=other>{other_label}</a></li>
            </ul>
        </nav>
        {list}
    }
}

/// One of the coach's times: free, or whose it is.
#[component]
fn CoachTime(time: Shown) -> impl IntoView {
    let id = time.id;
    let span = time.span.clone();
    let to_come = time.to_come;
    let who = match time.jobseeker.clone() {
        Some((jobseeker, name)) => {
            let href = super::person_meetings_path(jobseeker);
            view! { <p><a href=href>{name}</a></p> }.into_any()
        }
        None => view! { <p>{t("meeting-free")}</p> }.into_any(),
    };
    let (open, question) = if time.jobseeker.is_some() {
        ("meeting-remove-booked", "meeting-remove-booked-question")
    } else {
        ("meeting-remove", "meeting-remove-question")
    };
    let label = FluentValue::from(format!("{}, {span}", time.day));
    view! {
        <li class="meeting">
            <h3>{span}</h3>
            <HowAndWhere time/>
            {who}
            {to_come.then(|| view! {
                <ConfirmedPost action=RemoveTime::url() field="meeting" value=id.to_string()
                    open=t_args(open, &[("time", label.clone())]) question=t(question)
                    confirm=t_args("meeting-remove-confirm", &[("time", label)])/>
            })}
        </li>
    }
}

/// Free times to add: a day, the first start, how long, how many in a row,
/// how and where.
#[component]
fn OfferForm() -> impl IntoView {
    let state = FormState::take(FORM_OFFER);
    let lengths = LENGTHS
        .iter()
        .map(|minutes| {
            let label = t_args(
                "meeting-minutes",
                &[("minutes", FluentValue::from(*minutes))],
            );
            Choice::new(minutes.to_string(), label)
        })
        .collect();
    let length = Some(state.value("length"))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "45".into());
    let count = Some(state.value("count"))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "1".into());
    let max = FluentValue::from(MAX_IN_A_ROW);
    view! {
        <section aria-labelledby="meeting-offer-heading">
            <h2 id="meeting-offer-heading">{t("meeting-offer-heading")}</h2>
            {done_notice(&state, "meeting-offered")}
            <FormSummary state=state.clone()/>
            <PostForm action=OfferTimes::url()>
                <TextField state=state.clone() name="day" kind="date" label=t("meeting-day") hint=t("meeting-day-hint")/>
                <TextField state=state.clone() name="start" kind="time" label=t("meeting-start") hint=t("meeting-start-hint")/>
                <SelectField state=state.clone() name="length" label=t("meeting-length") options=lengths selected=length/>
                <TextField state=state.clone() name="count" kind="number" inputmode="numeric" label=t("meeting-count")
                    hint=t_args("meeting-count-hint", &[("max", max)]) value=count/>
                <RadioField state=state.clone() name="mode" legend=t("meeting-mode") options=Choice::named("meeting-mode", &MODES)/>
                <TextField state name="place" label=t("meeting-place") hint=t("meeting-place-hint")/>
                <button type="submit" class="button">{t("meeting-offer")}</button>
            </PostForm>
        </section>
    }
}
