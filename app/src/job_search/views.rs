//! The job-search log as pages show it: the month's lines and counts.

use leptos::prelude::*;

use crate::i18n::{FluentValue, t, t_args};

#[derive(Clone, Debug)]
pub struct ShownEntry {
    /// Set for a line written by hand, which its writer may remove.
    pub id: Option<i64>,
    pub kind: String,
    pub day: String,
    pub employer: Option<String>,
    pub what: String,
}

/// A month of the log, written out.
#[derive(Clone, Debug)]
pub struct ShownMonth {
    /// "December 2026".
    pub name: String,
    /// `2026-12`: this month's, the previous and the next month's (the
    /// next only when it has begun).
    pub code: String,
    pub previous: String,
    pub next: Option<String>,
    pub entries: Vec<ShownEntry>,
}

#[cfg(feature = "ssr")]
pub fn shown(
    month: super::server::Month,
    today: time::Date,
    entries: Vec<super::db::Entry>,
) -> ShownMonth {
    let locale = crate::i18n::use_locale();
    ShownMonth {
        name: t_args(
            "search-month",
            &[
                ("month", FluentValue::from(u8::from(month.first.month()))),
                ("year", FluentValue::from(month.first.year().to_string())),
            ],
        ),
        code: month.code(),
        previous: month.previous().code(),
        next: (month.next <= today).then(|| month.following().code()),
        entries: entries
            .into_iter()
            .map(|e| ShownEntry {
                id: e.entry_id,
                kind: e.kind,
                day: crate::i18n::calendar_date(e.happened_on, locale),
                employer: e.employer,
                what: e.what,
            })
            .collect(),
    }
}

impl ShownMonth {
    /// How many lines of each kind, in the order of the kinds, those with
    /// none left out.
    pub fn counts(&self) -> Vec<(String, usize)> {
        super::KINDS
            .iter()
            .chain(super::ASKEL_KINDS.iter())
            .map(|kind| {
                (
                    *kind,
                    self.entries.iter().filter(|e| e.kind == *kind).count(),
                )
            })
            .filter(|(_, count)| *count > 0)
            .map(|(kind, count)| (t(&format!("search-kind-{kind}")), count))
            .collect()
    }
}

/// The month's summary and its lines as a table: what the employment
/// office asks to see; with `removable`, a line written by hand can be
/// taken away (asked first).
#[component]
pub fn MonthTable(month: ShownMonth, #[prop(optional)] removable: bool) -> impl IntoView {
    if month.entries.is_empty() {
        return view! { <p>{t("search-none")}</p> }.into_any();
    }
    let counts = month.counts();
    let code = month.code.clone();
    view! {
        <h3>{t("search-summary")}</h3>
        <ul>
            {counts.into_iter().map(|(kind, count)| view! { <li>{format!("{kind}: {count}")}</li> }).collect_view()}
        </ul>
        <crate::ui::DataTable id="job-search" caption=t_args("search-caption", &[("month", FluentValue::from(month.name.clone()))])>
            <thead>
                <tr>
                    <th scope="col">{t("search-column-day")}</th>
                    <th scope="col">{t("search-column-kind")}</th>
                    <th scope="col">{t("search-column-employer")}</th>
                    <th scope="col">{t("search-column-what")}</th>
                    {removable.then(|| view! { <th scope="col"><span class="visually-hidden">{t("search-column-remove")}</span></th> })}
                </tr>
            </thead>
            <tbody>
                {month.entries.into_iter().map(|e| {
                    let by_askel = e.id.is_none().then(|| view! { <br/><span class="hint">{t("search-by-askel")}</span> });
                    let named = [&e.what, e.employer.as_deref().unwrap_or_default()]
                        .into_iter()
                        .find(|text| !text.is_empty())
                        .map_or_else(|| t(&format!("search-kind-{}", e.kind)), ToOwned::to_owned);
                    let month = code.clone();
                    let button = removable.then(|| match e.id {
                        Some(id) => view! { <td><RemoveButton id named month/></td> }.into_any(),
                        None => view! { <td></td> }.into_any(),
                    });
                    view! {
                        <tr>
                            <td>{e.day}</td>
                            <td>{t(&format!("search-kind-{}", e.kind))}{by_askel}</td>
                            <td dir="auto">{e.employer.unwrap_or_default()}</td>
                            <td dir="auto">{e.what}</td>
                            {button}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </crate::ui::DataTable>
    }
    .into_any()
}

#[component]
fn RemoveButton(id: i64, named: String, month: String) -> impl IntoView {
    use leptos::server_fn::ServerFn;
    let action = super::RemoveJobSearchEntry::url();
    let what = || FluentValue::from(named.clone());
    view! {
        <crate::ui::ConfirmedPost action field="entry" value=id.to_string()
            open=t_args("search-remove", &[("what", what())])
            question=t_args("search-remove-question", &[("what", what())])
            confirm=t("search-remove-confirm") extra=("month", month)/>
    }
}
