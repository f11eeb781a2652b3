//! An organiser's event form, read and checked: every problem is reported
//! at once, against the field to fix, and times are read as Helsinki time.

use std::collections::BTreeMap;

use time::{OffsetDateTime, PrimitiveDateTime, Time, macros::format_description};

use super::types::{ACCESSIBILITY, KINDS, LANGUAGES, SECTORS};
use crate::{
    error::{AppError, FieldError},
    i18n::{Locale, helsinki_moment, parse_day},
};

const MAX_TITLE: usize = 200;
const MAX_DESCRIPTION: usize = 5000;
const MAX_SHORT: usize = 300;
const MAX_LONG: usize = 1000;
const MAX_CAPACITY: i32 = 100_000;
const MAX_SLOTS: i64 = 200;

/// The form as typed: field name → value. Ticked boxes of the checklists
/// arrive as `access[code]` and `lang[code]`.
pub type Typed = BTreeMap<String, String>;

/// Where the event happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    InPerson {
        address: String,
        directions: Option<String>,
    },
    Online {
        url: String,
    },
}

/// A place as the event's columns hold it. Comparing these tells whether
/// the place changed, directions included.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceColumns {
    pub address: Option<String>,
    pub directions: Option<String>,
    pub online_url: Option<String>,
}

impl Place {
    /// The columns that store this place.
    pub fn columns(&self) -> PlaceColumns {
        match self {
            Place::InPerson {
                address,
                directions,
            } => PlaceColumns {
                address: Some(address.clone()),
                directions: directions.clone(),
                online_url: None,
            },
            Place::Online { url } => PlaceColumns {
                online_url: Some(url.clone()),
                ..PlaceColumns::default()
            },
        }
    }
}

/// Seats for everyone, or time slots with their own seats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seating {
    Seats(i32),
    Slots { minutes: i32, seats: i32 },
}

/// A checked event, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventInput {
    /// (locale, title, description); Finnish first and always there.
    pub texts: Vec<(Locale, String, String)>,
    pub employer: String,
    pub sector: String,
    pub kind: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub signup_deadline: OffsetDateTime,
    pub place: Place,
    pub accessibility: Vec<String>,
    pub accessibility_notes: String,
    pub languages: Vec<String>,
    pub seating: Seating,
    /// (position, locale, question).
    pub questions: Vec<(i16, Locale, String)>,
}

/// The form's fields in form order, for refilling it after an error.
pub const TEXT_FIELDS: &[&str] = &[
    "title_fi",
    "description_fi",
    "title_sv",
    "description_sv",
    "title_en",
    "description_en",
    "employer",
    "sector",
    "kind",
    "date",
    "start",
    "end",
    "deadline_date",
    "deadline_time",
    "format",
    "address",
    "directions",
    "online_url",
    "access_notes",
    "seating",
    "capacity",
    "slot_minutes",
    "slot_seats",
    "question1_fi",
    "question1_sv",
    "question1_en",
    "question2_fi",
    "question2_sv",
    "question2_en",
    "question3_fi",
    "question3_sv",
    "question3_en",
];

struct Reader<'a> {
    typed: &'a Typed,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    fn text(&self, field: &str) -> String {
        self.typed
            .get(field)
            .map(|v| v.trim().replace("\r\n", "\n"))
            .unwrap_or_default()
    }

    fn problem(&mut self, field: &str, key: &str) {
        self.errors.push(FieldError::new(field, key));
    }

    /// A text that must be there and fit.
    fn required(&mut self, field: &str, max: usize, missing: &str) -> String {
        let text = self.text(field);
        if text.is_empty() {
            self.problem(field, missing);
        } else if text.chars().count() > max {
            self.problem(field, "organiser-error-too-long");
        }
        text
    }

    /// A text that may be empty, but must fit.
    fn optional(&mut self, field: &str, max: usize) -> Option<String> {
        let text = self.text(field);
        if text.chars().count() > max {
            self.problem(field, "organiser-error-too-long");
        }
        (!text.is_empty()).then_some(text)
    }

    fn code(&mut self, field: &str, codes: &[&str], missing: &str) -> String {
        let text = self.text(field);
        if !codes.contains(&text.as_str()) {
            self.problem(field, missing);
        }
        text
    }

    /// The ticked codes of a checklist sent as `prefix[code]`.
    fn ticked(&self, prefix: &str, codes: &[&str]) -> Vec<String> {
        codes
            .iter()
            .filter(|code| self.typed.contains_key(&format!("{prefix}[{code}]")))
            .map(|code| (*code).to_owned())
            .collect()
    }

    fn number(&mut self, field: &str, range: std::ops::RangeInclusive<i32>, key: &str) -> i32 {
        match self.text(field).parse::<i32>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                self.problem(field, key);
                0
            }
        }
    }

    fn time_of_day(&mut self, field: &str, key: &str) -> Option<Time> {
        let text = self.text(field).replace('.', ":");
        let parsed = Time::parse(&text, format_description!("[hour padding:none]:[minute]")).ok();
        if parsed.is_none() {
            self.problem(field, key);
        }
        parsed
    }

    fn day(&mut self, field: &str, key: &str) -> Option<time::Date> {
        let parsed = parse_day(&self.text(field));
        if parsed.is_none() {
            self.problem(field, key);
        }
        parsed
    }

    /// A Helsinki wall-clock moment, or a problem on `field` when that
    /// time does not exist (the hour skipped in spring).
    fn moment(&mut self, day: time::Date, at: Time, field: &str) -> Option<OffsetDateTime> {
        let moment = helsinki_moment(PrimitiveDateTime::new(day, at));
        if moment.is_none() {
            self.problem(field, "organiser-error-time-skipped");
        }
        moment
    }
}

/// Reads and checks the form; `now` decides what counts as the past.
pub fn read(typed: &Typed, now: OffsetDateTime) -> Result<EventInput, AppError> {
    let mut r = Reader {
        typed,
        errors: Vec::new(),
    };
    let mut texts = Vec::new();
    for locale in Locale::WRITTEN {
        let (title_field, description_field) = (
            format!("title_{}", locale.code()),
            format!("description_{}", locale.code()),
        );
        if locale == Locale::Fi {
            let title = r.required(&title_field, MAX_TITLE, "organiser-error-title-fi");
            let description = r.required(
                &description_field,
                MAX_DESCRIPTION,
                "organiser-error-description-fi",
            );
            texts.push((locale, title, description));
            continue;
        }
        let title = r.optional(&title_field, MAX_TITLE);
        let description = r.optional(&description_field, MAX_DESCRIPTION);
        match (title, description) {
            (Some(title), Some(description)) => texts.push((locale, title, description)),
            (Some(_), None) => r.problem(&description_field, "organiser-error-translation-pair"),
            (None, Some(_)) => r.problem(&title_field, "organiser-error-translation-pair"),
            (None, None) => {}
        }
    }
    let employer = r.required("employer", MAX_TITLE, "organiser-error-employer");
    let sector = r.code("sector", SECTORS, "organiser-error-sector");
    let kind = r.code("kind", KINDS, "organiser-error-kind");

    let day = r.day("date", "organiser-error-date");
    let start = r.time_of_day("start", "organiser-error-start");
    let end = r.time_of_day("end", "organiser-error-end");
    let deadline_day = r.day("deadline_date", "organiser-error-deadline");
    let deadline_time = match r.text("deadline_time").as_str() {
        "" => Some(Time::from_hms(23, 59, 0).unwrap_or(Time::MIDNIGHT)),
        _ => r.time_of_day("deadline_time", "organiser-error-deadline-time"),
    };
    let starts_at = day.zip(start).and_then(|(d, t)| r.moment(d, t, "start"));
    let ends_at = day.zip(end).and_then(|(d, t)| r.moment(d, t, "end"));
    let signup_deadline = deadline_day
        .zip(deadline_time)
        .and_then(|(d, t)| r.moment(d, t, "deadline_date"));
    if let Some(starts) = starts_at {
        if starts <= now {
            r.problem("date", "organiser-error-date-past");
        }
        if ends_at.is_some_and(|ends| ends <= starts) {
            r.problem("end", "organiser-error-end-before-start");
        }
        if signup_deadline.is_some_and(|deadline| deadline > starts) {
            r.problem("deadline_date", "organiser-error-deadline-after-start");
        }
    }

    let place = match r.text("format").as_str() {
        "online" => {
            let url = r.required("online_url", 500, "organiser-error-online-url");
            if !url.is_empty()
                && (!url.starts_with("https://") || url.contains(char::is_whitespace))
            {
                r.problem("online_url", "organiser-error-online-url");
            }
            Place::Online { url }
        }
        "in-person" => Place::InPerson {
            address: r.required("address", MAX_SHORT, "organiser-error-address"),
            directions: r.optional("directions", MAX_LONG),
        },
        _ => {
            r.problem("format", "organiser-error-format");
            Place::Online { url: String::new() }
        }
    };
    let accessibility = r.ticked("access", ACCESSIBILITY);
    let accessibility_notes = r.optional("access_notes", MAX_LONG).unwrap_or_default();
    let languages = r.ticked("lang", LANGUAGES);
    if languages.is_empty() {
        r.problem("lang", "organiser-error-languages");
    }

    let seating = match r.text("seating").as_str() {
        "slots" => {
            let minutes = r.number("slot_minutes", 5..=240, "organiser-error-slot-minutes");
            let seats = r.number("slot_seats", 1..=100, "organiser-error-slot-seats");
            if let (Some(starts), Some(ends)) = (starts_at, ends_at)
                && minutes > 0
            {
                let count = (ends - starts).whole_minutes() / i64::from(minutes);
                if !(1..=MAX_SLOTS).contains(&count) {
                    r.problem("slot_minutes", "organiser-error-slots-fit");
                }
            }
            Seating::Slots { minutes, seats }
        }
        _ => Seating::Seats(r.number("capacity", 1..=MAX_CAPACITY, "organiser-error-capacity")),
    };

    let mut questions = Vec::new();
    for position in 1..=3i16 {
        let fi_field = format!("question{position}_fi");
        let fi = r.optional(&fi_field, MAX_SHORT);
        for locale in [Locale::Sv, Locale::En] {
            let field = format!("question{position}_{}", locale.code());
            if let Some(text) = r.optional(&field, MAX_SHORT) {
                if fi.is_none() {
                    r.problem(&fi_field, "organiser-error-question-fi");
                }
                questions.push((position, locale, text));
            }
        }
        if let Some(text) = fi {
            questions.push((position, Locale::Fi, text));
        }
    }

    match (starts_at, ends_at, signup_deadline) {
        (Some(starts_at), Some(ends_at), Some(signup_deadline)) if r.errors.is_empty() => {
            Ok(EventInput {
                texts,
                employer,
                sector,
                kind,
                starts_at,
                ends_at,
                signup_deadline,
                place,
                accessibility,
                accessibility_notes,
                languages,
                seating,
                questions,
            })
        }
        _ => Err(AppError::Validation { errors: r.errors }),
    }
}

/// The slots of an event: back to back from its start, as many as fit.
pub fn slot_times(
    starts_at: OffsetDateTime,
    ends_at: OffsetDateTime,
    minutes: i32,
) -> Vec<(OffsetDateTime, OffsetDateTime)> {
    let length = time::Duration::minutes(i64::from(minutes.max(1)));
    let mut slots = Vec::new();
    let mut at = starts_at;
    while at + length <= ends_at && (slots.len() as i64) < MAX_SLOTS {
        slots.push((at, at + length));
        at += length;
    }
    slots
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Typed {
        let mut typed: Typed = [
            ("title_fi", "Rekrytointipäivä"),
            ("description_fi", "Tule tapaamaan."),
            ("employer", "Testi Oy"),
            ("sector", "retail"),
            ("kind", "recruitment-day"),
            ("date", "2027-03-28"),
            ("start", "10.00"),
            ("end", "12:00"),
            ("deadline_date", "27.3.2027"),
            ("format", "in-person"),
            ("address", "Testikatu 1"),
            ("lang[fi]", "yes"),
            ("seating", "seats"),
            ("capacity", "20"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        for (k, v) in pairs {
            typed.insert((*k).to_owned(), (*v).to_owned());
        }
        typed
    }

    const NOW: OffsetDateTime = datetime!(2027-01-01 12:00 UTC);

    fn fields(result: Result<EventInput, AppError>) -> Vec<(String, String)> {
        result
            .expect_err("refused")
            .field_errors()
            .iter()
            .map(|e| (e.field.clone(), e.key.clone()))
            .collect()
    }

    #[test]
    fn a_good_form_reads_in_helsinki_time_after_the_spring_change() {
        let input = read(&form(&[]), NOW).expect("valid");
        // 28 March 2027 is the day summer time starts: 10.00 is UTC+3.
        assert_eq!(input.starts_at, datetime!(2027-03-28 07:00 UTC));
        assert_eq!(input.ends_at, datetime!(2027-03-28 09:00 UTC));
        // The deadline day's end, in winter time.
        assert_eq!(input.signup_deadline, datetime!(2027-03-27 21:59 UTC));
        assert_eq!(input.seating, Seating::Seats(20));
        assert_eq!(input.languages, ["fi"]);
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        /// (changes to the good form, field, message id).
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
        let cases: &[Case] = &[
            (&[("title_fi", " ")], "title_fi", "organiser-error-title-fi"),
            (
                &[("title_sv", "Rekrytering")],
                "description_sv",
                "organiser-error-translation-pair",
            ),
            (&[("sector", "mining")], "sector", "organiser-error-sector"),
            (&[("date", "31.2.2027")], "date", "organiser-error-date"),
            (
                &[("date", "2026-12-01")],
                "date",
                "organiser-error-date-past",
            ),
            (
                &[("end", "9.00")],
                "end",
                "organiser-error-end-before-start",
            ),
            (
                &[("start", "3.30"), ("end", "5.00")],
                "start",
                "organiser-error-time-skipped",
            ),
            (
                &[("deadline_date", "2027-03-29")],
                "deadline_date",
                "organiser-error-deadline-after-start",
            ),
            (
                &[("format", "online")],
                "online_url",
                "organiser-error-online-url",
            ),
            (
                &[("format", "online"), ("online_url", "http://meet")],
                "online_url",
                "organiser-error-online-url",
            ),
            (&[("address", "")], "address", "organiser-error-address"),
            (&[("lang[fi]", "")], "lang", "organiser-error-languages"),
            (&[("capacity", "0")], "capacity", "organiser-error-capacity"),
            (
                &[
                    ("seating", "slots"),
                    ("slot_minutes", "180"),
                    ("slot_seats", "1"),
                ],
                "slot_minutes",
                "organiser-error-slots-fit",
            ),
            (
                &[("question1_en", "Which job?")],
                "question1_fi",
                "organiser-error-question-fi",
            ),
        ];
        for (pairs, field, key) in cases {
            let mut typed = form(pairs);
            if pairs.iter().any(|(k, v)| *k == "lang[fi]" && v.is_empty()) {
                typed.remove("lang[fi]");
            }
            let problems = fields(read(&typed, NOW));
            assert!(
                problems.contains(&((*field).to_owned(), (*key).to_owned())),
                "{pairs:?}: {problems:?}"
            );
        }
    }

    #[test]
    fn slots_fill_the_event_back_to_back() {
        let slots = slot_times(
            datetime!(2027-03-28 07:00 UTC),
            datetime!(2027-03-28 08:00 UTC),
            25,
        );
        assert_eq!(
            slots,
            [
                (
                    datetime!(2027-03-28 07:00 UTC),
                    datetime!(2027-03-28 07:25 UTC)
                ),
                (
                    datetime!(2027-03-28 07:25 UTC),
                    datetime!(2027-03-28 07:50 UTC)
                ),
            ]
        );
    }
}
