//! Check-ins as pages show them, and the coach's list of those due.

use leptos::prelude::*;

use crate::i18n::{FluentValue, t, t_args};

#[derive(Clone, Debug)]
pub struct ShownCheckIn {
    pub id: i64,
    pub jobseeker: i64,
    pub name: String,
    pub kind: String,
    pub due: String,
    pub late: bool,
    /// When it was done, and by whom.
    pub done: Option<(String, Option<String>)>,
    pub note: Option<String>,
}

#[cfg(feature = "ssr")]
pub fn shown(checkins: Vec<super::db::CheckIn>, today: time::Date) -> Vec<ShownCheckIn> {
    let locale = crate::i18n::use_locale();
    checkins
        .into_iter()
        .map(|c| ShownCheckIn {
            id: c.checkin_id,
            jobseeker: c.account_id,
            name: c.name.unwrap_or_default(),
            kind: c.kind,
            due: crate::i18n::calendar_date(c.due_on, locale),
            late: c.done_at.is_none() && c.due_on < today,
            done: c
                .done_at
                .map(|at| (crate::i18n::helsinki_date(at, locale), c.done_by)),
            note: c.note,
        })
        .collect()
}

impl ShownCheckIn {
    /// "One month: 3.1.2027".
    pub fn title(&self) -> String {
        t_args(
            "checkin-title",
            &[
                (
                    "kind",
                    FluentValue::from(t(&format!("checkin-kind-{}", self.kind))),
                ),
                ("day", FluentValue::from(self.due.clone())),
            ],
        )
    }
}

/// The coach's check-ins due soon or late, each a link to the person's
/// follow-along page; nothing when there are none.
#[component]
pub fn DueCheckIns(checkins: Vec<ShownCheckIn>) -> impl IntoView {
    (!checkins.is_empty()).then(|| {
        view! {
            <section class="tasks" aria-labelledby="checkins-due-heading">
                <h2 id="checkins-due-heading">{t("checkin-due-heading")}</h2>
                <ul>
                    {checkins.into_iter().map(|c| {
                        let href = format!("{}#checkin-{}", super::follow_along_path(c.jobseeker), c.id);
                        let late = c.late.then(|| view! { " " <strong class="tag">{t("checkin-late")}</strong> });
                        let text = format!("{}: {}", c.name, c.title());
                        view! { <li><a href=href>{text}</a>{late}</li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
