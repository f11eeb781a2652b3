//! The coach's form of free times, read and checked: every problem is
//! reported against its field at once.

use time::{Duration, OffsetDateTime, PrimitiveDateTime, Time, macros::format_description};

use super::{LENGTHS, MAX_IN_A_ROW, MODES, server_fns::OfferValues};
use crate::{
    error::{AppError, FieldError},
    i18n::{helsinki_moment, parse_day},
};

/// The longest address, link or phone note.
const MAX_PLACE: usize = 300;

/// Free times to add: back to back from the first.
#[derive(Debug, PartialEq)]
pub struct Offer {
    pub times: Vec<(OffsetDateTime, OffsetDateTime)>,
    pub mode: String,
    pub place: Option<String>,
}

/// Reads the form; `now` decides what counts as the past.
pub fn read(values: &OfferValues, now: OffsetDateTime) -> Result<Offer, AppError> {
    let mut errors = Vec::new();
    let mut problem = |field: &str, key: &str| errors.push(FieldError::new(field, key));
    let day = parse_day(&values.day);
    if day.is_none() {
        problem("day", "meeting-error-day");
    }
    let start = Time::parse(
        &values.start.trim().replace('.', ":"),
        format_description!("[hour padding:none]:[minute]"),
    )
    .ok();
    if start.is_none() {
        problem("start", "meeting-error-start");
    }
    let length = values
        .length
        .parse::<i64>()
        .ok()
        .filter(|l| LENGTHS.contains(l));
    if length.is_none() {
        problem("length", "meeting-error-length");
    }
    let count = values
        .count
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|c| (1..=MAX_IN_A_ROW).contains(c));
    if count.is_none() {
        problem("count", "meeting-error-count");
    }
    let mode = values.mode.as_str();
    if !MODES.contains(&mode) {
        problem("mode", "meeting-error-mode");
    }
    let place = values.place.trim();
    if place.chars().count() > MAX_PLACE {
        problem("place", "meeting-error-place-long");
    } else if place.is_empty() && mode != "phone" && MODES.contains(&mode) {
        problem("place", "meeting-error-place");
    } else if mode == "video" && !place.starts_with("https://") {
        problem("place", "meeting-error-video-link");
    }
    let first = match (day, start) {
        (Some(day), Some(start)) => {
            let moment = helsinki_moment(PrimitiveDateTime::new(day, start));
            match moment {
                None => problem("start", "meeting-error-time-skipped"),
                Some(at) if at <= now => problem("day", "meeting-error-past"),
                Some(at) if at > now + Duration::days(366) => problem("day", "meeting-error-far"),
                Some(_) => {}
            }
            moment
        }
        _ => None,
    };
    match (first, length, count) {
        (Some(first), Some(length), Some(count)) if errors.is_empty() => {
            let length = Duration::minutes(length);
            let times = (0..count)
                .map(|n| {
                    let starts = first + length * (n as i32);
                    (starts, starts + length)
                })
                .collect();
            Ok(Offer {
                times,
                mode: mode.to_owned(),
                place: (!place.is_empty()).then(|| place.to_owned()),
            })
        }
        _ => Err(AppError::Validation { errors }),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    const NOW: OffsetDateTime = datetime!(2026-12-03 12:00 UTC);

    fn values(day: &str, start: &str, mode: &str, place: &str) -> OfferValues {
        OfferValues {
            day: day.into(),
            start: start.into(),
            length: "45".into(),
            count: "3".into(),
            mode: mode.into(),
            place: place.into(),
        }
    }

    fn problems(values: &OfferValues) -> Vec<(String, String)> {
        match read(values, NOW) {
            Err(AppError::Validation { errors }) => {
                errors.into_iter().map(|e| (e.field, e.key)).collect()
            }
            other => panic!("refused expected: {other:?}"),
        }
    }

    #[test]
    fn times_follow_each_other_in_helsinki_time() {
        let offer = read(
            &values("2026-12-07", "9.00", "in-person", " Ratapihantie 9 "),
            NOW,
        )
        .expect("a good form");
        assert_eq!(
            offer.times,
            [
                (
                    datetime!(2026-12-07 07:00 UTC),
                    datetime!(2026-12-07 07:45 UTC)
                ),
                (
                    datetime!(2026-12-07 07:45 UTC),
                    datetime!(2026-12-07 08:30 UTC)
                ),
                (
                    datetime!(2026-12-07 08:30 UTC),
                    datetime!(2026-12-07 09:15 UTC)
                ),
            ]
        );
        assert_eq!(offer.place.as_deref(), Some("Ratapihantie 9"));
        let phone = read(&values("7.12.2026", "14:30", "phone", ""), NOW).expect("a call");
        assert_eq!(phone.place, None);
    }

    #[test]
    fn every_problem_is_told_against_its_field() {
        let key = |field: &str, key: &str| (field.to_owned(), key.to_owned());
        assert_eq!(
            problems(&values("", "25:00", "", "")),
            [
                key("day", "meeting-error-day"),
                key("start", "meeting-error-start"),
                key("mode", "meeting-error-mode"),
            ]
        );
        assert_eq!(
            problems(&values("2026-12-01", "10:00", "in-person", "")),
            [
                key("place", "meeting-error-place"),
                key("day", "meeting-error-past")
            ]
        );
        assert_eq!(
            problems(&values("2026-12-07", "10:00", "video", "meet.example.fi")),
            [key("place", "meeting-error-video-link")]
        );
        // The hour skipped when summer time starts has no 3.30.
        assert_eq!(
            problems(&values("2027-03-28", "3.30", "phone", "")),
            [key("start", "meeting-error-time-skipped")]
        );
        let mut many = values("2026-12-07", "10:00", "phone", "");
        many.count = "9".into();
        many.length = "50".into();
        assert_eq!(
            problems(&many),
            [
                key("length", "meeting-error-length"),
                key("count", "meeting-error-count")
            ]
        );
    }

    /// The message states the largest count in words; it must follow the
    /// constant when that changes.
    #[test]
    fn the_count_error_names_the_largest_count() {
        for locale in crate::i18n::Locale::ALL {
            let text = crate::i18n::translate(locale, "meeting-error-count");
            assert!(
                text.contains(&MAX_IN_A_ROW.to_string()),
                "{locale:?}: {text}"
            );
        }
    }
}
