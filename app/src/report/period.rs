//! The periods a report can be read for: a completed quarter, or a year in
//! its quarters completed so far. Free dates would let a reader subtract two
//! reports a day apart and learn about the one to four people who differ;
//! with whole quarters, a report is checked against every period nested in
//! it that could be read, now or earlier in the year (see `server.rs`).

use time::{Date, Month};

/// How many years back the choices go (this year and the two before it).
const YEARS_BACK: i32 = 2;

/// Quarters `first..=last` of `year`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quarters {
    pub year: i32,
    pub first: u8,
    pub last: u8,
}

impl Quarters {
    /// A year's quarters completed by `today`: all four for a past year.
    fn year_so_far(year: i32, today: Date) -> Option<Self> {
        let last = match year.cmp(&today.year()) {
            std::cmp::Ordering::Less => 4,
            std::cmp::Ordering::Equal => quarter_of(today) - 1,
            std::cmp::Ordering::Greater => 0,
        };
        (last > 0).then_some(Self {
            year,
            first: 1,
            last,
        })
    }

    fn quarter(year: i32, quarter: u8) -> Self {
        Self {
            year,
            first: quarter,
            last: quarter,
        }
    }

    pub fn is_quarter(self) -> bool {
        self.first == self.last
    }

    /// What the address says: `2026-Q2` for a quarter, `2026` for a year.
    pub fn key(self) -> String {
        if self.is_quarter() {
            format!("{}-Q{}", self.year, self.first)
        } else {
            self.year.to_string()
        }
    }

    /// The first and the last day.
    pub fn days(self) -> Option<(Date, Date)> {
        let first_month = Month::try_from(self.first * 3 - 2).ok()?;
        let last_month = Month::try_from(self.last * 3).ok()?;
        Some((
            Date::from_calendar_date(self.year, first_month, 1).ok()?,
            Date::from_calendar_date(self.year, last_month, last_month.length(self.year)).ok()?,
        ))
    }

    /// The other periods inside this one that could be read, now or when
    /// the year was younger: each quarter, and each shorter start of the year.
    pub fn nested(self) -> Vec<Self> {
        if self.is_quarter() {
            return Vec::new();
        }
        let quarters = (self.first..=self.last).map(|q| Self::quarter(self.year, q));
        let starts = (self.first + 1..self.last).map(|last| Self { last, ..self });
        quarters.chain(starts).collect()
    }
}

/// 1–4.
fn quarter_of(day: Date) -> u8 {
    (u8::from(day.month()) - 1) / 3 + 1
}

/// The periods that can be chosen on `today`, newest first: each year so
/// far, then its completed quarters.
pub fn choices(today: Date) -> Vec<Quarters> {
    (today.year() - YEARS_BACK..=today.year())
        .rev()
        .filter_map(|year| Quarters::year_so_far(year, today))
        .flat_map(|year| {
            let quarters = (year.first..=year.last)
                .rev()
                .map(move |q| Quarters::quarter(year.year, q));
            std::iter::once(year).chain(quarters)
        })
        .collect()
}

/// The first day of the oldest period that can be chosen on `today`.
pub fn oldest_choice(today: Date) -> Option<Date> {
    Date::from_calendar_date(today.year() - YEARS_BACK, Month::January, 1).ok()
}

/// The period `key` names, if it can be chosen on `today`; the newest when
/// `key` is blank.
pub fn chosen(key: &str, today: Date) -> Option<Quarters> {
    let key = key.trim().to_ascii_uppercase();
    let choices = choices(today);
    if key.is_empty() {
        return choices.first().copied();
    }
    choices.into_iter().find(|q| q.key() == key)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn keys(periods: &[Quarters]) -> Vec<String> {
        periods.iter().map(|q| q.key()).collect()
    }

    #[test]
    fn only_completed_quarters_and_years_so_far_can_be_chosen() {
        let keys = keys(&choices(date!(2026 - 12 - 04)));
        assert_eq!(
            keys[..6],
            ["2026", "2026-Q3", "2026-Q2", "2026-Q1", "2025", "2025-Q4"]
        );
        assert_eq!(keys.len(), 4 + 5 + 5, "2026 so far, 2025 and 2024");
        assert_eq!(
            chosen("", date!(2026 - 12 - 04)).map(|q| q.key()),
            Some("2026".into())
        );
        assert_eq!(
            chosen("2026-q3", date!(2026 - 12 - 04)).map(|q| q.key()),
            Some("2026-Q3".into())
        );
        for refused in [
            "2026-Q4",
            "2027",
            "2023",
            "2026-Q0",
            "2026-Q5",
            "x",
            "2026-01-01",
        ] {
            assert_eq!(chosen(refused, date!(2026 - 12 - 04)), None, "{refused}");
        }
    }

    #[test]
    fn in_the_first_quarter_last_year_is_the_newest() {
        let today = date!(2027 - 01 - 02);
        assert_eq!(chosen("", today).map(|q| q.key()), Some("2026".into()));
        assert_eq!(chosen("2027", today), None);
        assert_eq!(
            chosen("2026", today).and_then(Quarters::days),
            Some((date!(2026 - 01 - 01), date!(2026 - 12 - 31)))
        );
    }

    #[test]
    fn a_year_so_far_ends_with_its_last_completed_quarter() {
        let year = chosen("2026", date!(2026 - 08 - 15)).expect("2026 so far");
        assert_eq!(
            year.days(),
            Some((date!(2026 - 01 - 01), date!(2026 - 06 - 30)))
        );
        let q1 = chosen("2024-Q1", date!(2026 - 08 - 15)).expect("leap year");
        assert_eq!(
            q1.days(),
            Some((date!(2024 - 01 - 01), date!(2024 - 03 - 31)))
        );
    }

    #[test]
    fn a_year_is_checked_against_its_quarters_and_its_shorter_starts() {
        let year = Quarters {
            year: 2025,
            first: 1,
            last: 4,
        };
        assert_eq!(
            keys(&year.nested()),
            ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025", "2025"]
        );
        let starts: Vec<_> = year.nested()[4..]
            .iter()
            .map(|q| q.days().map(|d| d.1))
            .collect();
        assert_eq!(
            starts,
            [Some(date!(2025 - 06 - 30)), Some(date!(2025 - 09 - 30))]
        );
        assert_eq!(Quarters::quarter(2025, 2).nested(), []);
    }
}
