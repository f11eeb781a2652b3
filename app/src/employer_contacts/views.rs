//! Employer contacts as pages show them: the log's list, and how soon a
//! person's first employer contact came.

use leptos::prelude::*;

use super::FIRST_CONTACT_TARGET_DAYS;
use crate::i18n::{FluentValue, t, t_args};

/// One contact, written out for the reader.
#[derive(Clone, Debug)]
pub struct ShownContact {
    pub employer_id: i64,
    pub employer: String,
    pub coach: Option<String>,
    pub day: String,
    pub how: String,
    pub result: String,
    pub note: String,
    /// The person it was about, for their own coach.
    pub person: Option<(i64, String)>,
    /// About someone on another caseload, not named.
    pub about_someone: bool,
}

#[cfg(feature = "ssr")]
pub fn shown(contacts: Vec<super::db::Contact>) -> Vec<ShownContact> {
    let locale = crate::i18n::use_locale();
    contacts
        .into_iter()
        .map(|c| ShownContact {
            employer_id: c.employer_id,
            employer: c.employer,
            coach: c.coach,
            day: crate::i18n::calendar_date(c.contacted_on, locale),
            how: c.how,
            result: c.result,
            note: c.note,
            person: c.jobseeker_id.zip(c.jobseeker),
            about_someone: c.about_someone,
        })
        .collect()
}

/// Rapid job search for one person: days from their start to their first
/// employer contact, or days so far without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rapid {
    FirstContactAfter(i64),
    NoneYet(i64),
}

impl Rapid {
    /// Whether the model's target of a month is missed (or will be).
    pub fn late(self) -> bool {
        match self {
            Rapid::FirstContactAfter(days) | Rapid::NoneYet(days) => {
                days > i64::from(FIRST_CONTACT_TARGET_DAYS)
            }
        }
    }

    /// "After 12 days", "None yet (day 34)".
    pub fn text(self) -> String {
        match self {
            Rapid::FirstContactAfter(days) => {
                t_args("contact-rapid-after", &[("days", FluentValue::from(days))])
            }
            Rapid::NoneYet(days) => t_args(
                "contact-rapid-none-yet",
                &[("days", FluentValue::from(days))],
            ),
        }
    }
}

/// A list of contacts; `by_employer` leaves the employer out of each (the
/// page is about one).
#[component]
pub fn ContactList(
    contacts: Vec<ShownContact>,
    #[prop(optional)] by_employer: bool,
) -> impl IntoView {
    if contacts.is_empty() {
        return view! { <p>{t("contact-none")}</p> }.into_any();
    }
    view! {
        <ul class="plain-list contacts">
            {contacts.into_iter().map(|contact| view! { <Contact contact by_employer/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Contact(contact: ShownContact, by_employer: bool) -> impl IntoView {
    let heading = if by_employer {
        view! { {contact.day.clone()} }.into_any()
    } else {
        let href = crate::employers::employer_path(contact.employer_id);
        view! { <a href=href>{contact.employer.clone()}</a>", "{contact.day.clone()} }.into_any()
    };
    let how = t(&format!("contact-how-{}", contact.how));
    let by = contact
        .coach
        .map(|name| t_args("contact-by", &[("name", FluentValue::from(name))]));
    let about = match (contact.person, contact.about_someone) {
        (Some((id, name)), _) => Some(
            view! {
                <p>{t("contact-about")}" "<a href=crate::caseload::jobseeker_path(id)>{name}</a></p>
            }
            .into_any(),
        ),
        (None, true) => Some(view! { <p>{t("contact-about-someone")}</p> }.into_any()),
        (None, false) => None,
    };
    let note = (!contact.note.is_empty())
        .then(|| view! { <p class="message__body" dir="auto">{contact.note.clone()}</p> });
    view! {
        <li class="contact">
            <h3>{heading}</h3>
            <p>{how}{by.map(|by| format!(" · {by}"))}</p>
            {about}
            <p><strong>{t(&format!("contact-result-{}", contact.result))}</strong></p>
            {note}
        </li>
    }
}
