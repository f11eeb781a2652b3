//! The job-search log on the server: a jobseeker keeps their own, their
//! coach reads it (audited), nobody else.

use time::{Date, Duration, Month as CalendarMonth};

use super::{DAYS_BACK, KINDS, MAX_EMPLOYER, MAX_WHAT, db};
use crate::{
    accounts::{Role, require_role},
    caseload::server::open_jobseeker,
    context::pool,
    error::{AppError, FieldError},
    i18n::use_locale,
};

/// A calendar month: its first day and the first day of the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Month {
    pub first: Date,
    pub next: Date,
}

impl Month {
    fn of(day: Date) -> Self {
        let first = day.replace_day(1).unwrap_or(day);
        let next = first
            .checked_add(Duration::days(31))
            .and_then(|later| later.replace_day(1).ok())
            .unwrap_or(first);
        Self { first, next }
    }

    /// `?month=2026-12`, or this month when it is missing or not a month.
    pub fn asked(text: Option<&str>, today: Date) -> Self {
        let parsed = text.and_then(|text| {
            let (year, month) = text.trim().split_once('-')?;
            let year = year
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))?;
            let month = CalendarMonth::try_from(month.parse::<u8>().ok()?).ok()?;
            Date::from_calendar_date(year, month, 1).ok()
        });
        Self::of(parsed.unwrap_or(today))
    }

    pub fn following(self) -> Self {
        Self::of(self.next)
    }

    pub fn previous(self) -> Self {
        Self::of(self.first.previous_day().unwrap_or(self.first))
    }

    /// `2026-12`, as the address carries it.
    pub fn code(self) -> String {
        format!("{}-{:02}", self.first.year(), u8::from(self.first.month()))
    }
}

/// The signed-in jobseeker's log for `month`.
pub async fn mine(month: Month) -> Result<Vec<db::Entry>, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    Ok(db::entries(
        &mut conn,
        me.account_id,
        month.first,
        month.next,
        use_locale(),
    )
    .await?)
}

/// A jobseeker's log on their coach's page; the read is audited.
pub async fn for_person(
    jobseeker: i64,
    month: Month,
) -> Result<(String, Vec<db::Entry>), AppError> {
    let coach = require_role(&[Role::Coach])?;
    let mut tx = pool()?.begin().await?;
    let name = open_jobseeker(&mut tx, coach.account_id, jobseeker, "job-search").await?;
    let entries = db::entries(&mut tx, jobseeker, month.first, month.next, use_locale()).await?;
    tx.commit().await?;
    Ok((name, entries))
}

/// An entry as typed.
#[derive(Clone, Debug, Default)]
pub struct EntryValues {
    pub kind: String,
    pub day: String,
    pub employer: String,
    pub what: String,
}

/// Checks an entry, every problem at once: (kind, day, employer, what).
pub fn checked(
    values: &EntryValues,
    today: Date,
) -> Result<(String, Date, String, String), AppError> {
    let mut errors = Vec::new();
    let kind = values.kind.trim();
    if !KINDS.contains(&kind) {
        errors.push(FieldError::new("kind", "search-error-kind"));
    }
    let day = crate::i18n::parse_day(&values.day);
    match day {
        None => errors.push(FieldError::new("day", "search-error-day")),
        Some(day) if day > today => errors.push(FieldError::new("day", "search-error-day-future")),
        Some(day) if day < today - Duration::days(DAYS_BACK) => {
            errors.push(FieldError::new("day", "search-error-day-old"));
        }
        Some(_) => {}
    }
    let employer = values.employer.trim();
    if employer.is_empty() && kind != "other" {
        errors.push(FieldError::new("employer", "search-error-employer"));
    } else if employer.chars().count() > MAX_EMPLOYER {
        errors.push(FieldError::new("employer", "search-error-employer-long"));
    }
    let what = values.what.trim();
    if what.chars().count() > MAX_WHAT {
        errors.push(FieldError::new("what", "search-error-what-long"));
    }
    match day {
        Some(day) if errors.is_empty() => {
            Ok((kind.to_owned(), day, employer.to_owned(), what.to_owned()))
        }
        _ => Err(AppError::Validation { errors }),
    }
}

/// The signed-in jobseeker adds an entry; returns its day, to show its month.
pub async fn add(values: &EntryValues) -> Result<Date, AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let (kind, day, employer, what) = checked(values, crate::i18n::helsinki_today())?;
    let mut conn = pool()?.acquire().await?;
    db::add(&mut conn, me.account_id, &kind, day, &employer, &what).await?;
    Ok(day)
}

/// The signed-in jobseeker removes one of their entries.
pub async fn remove(entry: i64) -> Result<(), AppError> {
    let me = require_role(&[Role::Jobseeker])?;
    let mut conn = pool()?.acquire().await?;
    if db::remove(&mut conn, me.account_id, entry).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_month_is_read_from_the_address_or_is_this_one() {
        let today = date!(2026 - 12 - 05);
        let december = Month::asked(None, today);
        assert_eq!(
            (december.first, december.next),
            (date!(2026 - 12 - 01), date!(2027 - 01 - 01))
        );
        assert_eq!(
            Month::asked(Some("2026-02"), today).next,
            date!(2026 - 03 - 01)
        );
        assert_eq!(Month::asked(Some("2026-13"), today), december);
        assert_eq!(Month::asked(Some("99999-01"), today), december);
        assert_eq!(Month::asked(Some("x"), today), december);
        assert_eq!(december.previous().code(), "2026-11");
        assert_eq!(
            Month::asked(Some("2026-01"), today).previous().code(),
            "2025-12"
        );
    }

    #[test]
    fn an_entry_needs_a_kind_a_day_and_an_employer() {
        let today = date!(2026 - 12 - 05);
        let typed = EntryValues {
            kind: "application".into(),
            day: "4.12.2026".into(),
            employer: " Kahvila Kuppi ".into(),
            what: "Kitchen help".into(),
        };
        assert_eq!(
            checked(&typed, today).unwrap(),
            (
                "application".into(),
                date!(2026 - 12 - 04),
                "Kahvila Kuppi".into(),
                "Kitchen help".into()
            )
        );
        let keys = |values: &EntryValues| {
            checked(values, today)
                .unwrap_err()
                .field_errors()
                .iter()
                .map(|e| e.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            keys(&EntryValues::default()),
            [
                "search-error-kind",
                "search-error-day",
                "search-error-employer"
            ]
        );
        let wrong = EntryValues {
            day: "2026-12-06".into(),
            employer: "x".repeat(MAX_EMPLOYER + 1),
            what: "y".repeat(MAX_WHAT + 1),
            ..typed
        };
        assert_eq!(
            keys(&wrong),
            [
                "search-error-day-future",
                "search-error-employer-long",
                "search-error-what-long"
            ]
        );
    }
}
