//! A meeting as pages show it, and the pieces both sides' pages share.

use leptos::{prelude::*, server_fn::ServerFn};
#[cfg(feature = "ssr")]
use time::{Date, Duration};

use super::server_fns::MeetingCalendar;
use crate::i18n::t;

/// One time, written out for the reader.
#[derive(Clone, Debug)]
pub struct Shown {
    pub id: i64,
    /// Its Helsinki day, written out: "Monday 7.12.2026".
    pub day: String,
    /// "10.00–10.45".
    pub span: String,
    /// "By phone", "At an address", "Video call".
    pub how: String,
    /// The address, the video link or the note about the call.
    pub place: Option<String>,
    pub video: bool,
    pub coach: Option<String>,
    /// Who has it: (their id, name).
    pub jobseeker: Option<(i64, String)>,
    pub outcome: Option<String>,
    /// Whether it has not started yet, so it can still be changed.
    pub to_come: bool,
}

/// The Monday of `day`'s week.
#[cfg(feature = "ssr")]
pub fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().number_days_from_monday());
    day.checked_sub(Duration::days(back)).unwrap_or(day)
}

/// "Monday 7.12.2026": a day's heading in the page's language.
#[cfg(feature = "ssr")]
pub fn day_heading(day: Date) -> String {
    let weekday = day.weekday().number_from_monday();
    let name = t(&format!("meeting-weekday-{weekday}"));
    format!(
        "{name} {}",
        crate::i18n::calendar_date(day, crate::i18n::use_locale())
    )
}

#[cfg(feature = "ssr")]
pub fn shown(meetings: Vec<super::db::Meeting>) -> Vec<Shown> {
    use crate::i18n::{helsinki_local, helsinki_time, use_locale};
    let locale = use_locale();
    let now = time::OffsetDateTime::now_utc();
    meetings
        .into_iter()
        .map(|m| Shown {
            id: m.meeting_id,
            day: day_heading(helsinki_local(m.starts_at).date()),
            span: format!(
                "{}\u{2013}{}",
                helsinki_time(m.starts_at, locale),
                helsinki_time(m.ends_at, locale)
            ),
            how: t(&format!("meeting-mode-{}", m.mode)),
            video: m.mode == "video",
            place: m.place,
            coach: m.coach,
            jobseeker: m
                .jobseeker_id
                .map(|id| (id, m.jobseeker.unwrap_or_default())),
            outcome: m.outcome,
            to_come: m.starts_at > now,
        })
        .collect()
}

/// The id of a day's heading in a list of times, which the buttons under
/// it name as what they are about ("Book 10.00" of which day).
fn day_id(times: &[Shown]) -> String {
    format!("day-{}", times.first().map_or(0, |time| time.id))
}

/// Free times under a heading per day, each with how and where and the
/// form `book` makes for it, given the time and its day heading's id.
pub fn free_times_by_day(times: Vec<Shown>, book: impl Fn(&Shown, &str) -> AnyView) -> AnyView {
    by_day(times)
        .into_iter()
        .map(|(day, times)| {
            let about = day_id(&times);
            let items = times
                .into_iter()
                .map(|time| {
                    let form = book(&time, &about);
                    view! { <li class="meeting"><HowAndWhere time/>{form}</li> }
                })
                .collect_view();
            view! {
                <h3 id=about>{day}</h3>
                <ul class="plain-list meetings">{items}</ul>
            }
        })
        .collect_view()
        .into_any()
}

/// Times grouped by their day, in order.
pub fn by_day(times: Vec<Shown>) -> Vec<(String, Vec<Shown>)> {
    let mut days: Vec<(String, Vec<Shown>)> = Vec::new();
    for time in times {
        match days.last_mut() {
            Some((day, list)) if *day == time.day => list.push(time),
            _ => days.push((time.day.clone(), vec![time])),
        }
    }
    days
}

/// How and where: a video link is a link, anything else text.
#[component]
pub fn HowAndWhere(time: Shown) -> impl IntoView {
    let place = time.place.map(|place| {
        if time.video {
            let href = place.clone();
            view! { " " <a href=href rel="noopener noreferrer">{place}</a> }.into_any()
        } else {
            view! { " " <span dir="auto">{place}</span> }.into_any()
        }
    });
    let colon = place.is_some().then_some(":");
    view! { <p class="meeting__how">{time.how}{colon}{place}</p> }
}

/// The link that saves a meeting into the phone's calendar; `about` is the
/// id of the meeting's heading, which tells this link from the others.
#[component]
pub fn CalendarLink(meeting: i64, about: String) -> impl IntoView {
    let href = format!("{}?meeting={meeting}", MeetingCalendar::url());
    view! { <p><a href=href download="" aria-describedby=about>{t("meeting-add-to-calendar")}</a></p> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_week_starts_on_monday() {
        assert_eq!(monday_of(date!(2026 - 12 - 6)), date!(2026 - 11 - 30));
        assert_eq!(monday_of(date!(2026 - 12 - 7)), date!(2026 - 12 - 7));
        assert_eq!(monday_of(date!(2026 - 12 - 9)), date!(2026 - 12 - 7));
    }
}
