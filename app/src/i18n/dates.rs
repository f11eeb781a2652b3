//! Dates as people in Finland read them: in Helsinki time, written the way
//! each language writes dates.

use std::{ops::RangeInclusive, sync::LazyLock};

use icu_calendar::Gregorian;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter, fieldsets};
use jiff::tz::{AmbiguousOffset, TimeZone};
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use super::Locale;

/// The years a typed day may fall in. Anything else is a slip of the keyboard
/// (`20266`, `-2026`), and years near the ends of what the `time` crate
/// represents (±9999) would overflow the time-zone arithmetic below.
const PLAUSIBLE_YEARS: RangeInclusive<i32> = 1900..=2199;

/// Finland's time zone, from the IANA database compiled into the binary.
static HELSINKI: LazyLock<Option<TimeZone>> =
    LazyLock::new(|| TimeZone::get("Europe/Helsinki").ok());

/// Finnish standard time, for moments the database cannot place (the
/// database is compiled in, so only ones at the ends of the calendar).
const EET: UtcOffset = match UtcOffset::from_hms(2, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

/// `at` at `offset`, or `at` unchanged where the shift would leave the
/// calendar `time` represents: a stored moment is never worth a panic.
fn at_offset(at: OffsetDateTime, offset: UtcOffset) -> OffsetDateTime {
    at.checked_to_offset(offset).unwrap_or(at)
}

/// `offset` as `time` writes it.
fn utc_offset(offset: jiff::tz::Offset) -> Option<UtcOffset> {
    UtcOffset::from_whole_seconds(offset.seconds()).ok()
}

/// Helsinki's offset at `at`: +3 in summer time, +2 in winter, as the time
/// zone database says for that moment.
pub fn helsinki_offset(at: OffsetDateTime) -> UtcOffset {
    HELSINKI
        .as_ref()
        .and_then(|zone| {
            let moment = jiff::Timestamp::from_second(at.unix_timestamp()).ok()?;
            utc_offset(zone.to_offset(moment))
        })
        .unwrap_or(EET)
}

/// The moment a Helsinki wall-clock time names. In the hour skipped when
/// summer time starts there is none; in the hour lived twice when it ends,
/// the first (summer-time) one is meant.
pub fn helsinki_moment(local: PrimitiveDateTime) -> Option<OffsetDateTime> {
    let zone = HELSINKI.as_ref()?;
    let civil = jiff::civil::DateTime::new(
        i16::try_from(local.year()).ok()?,
        i8::try_from(u8::from(local.month())).ok()?,
        i8::try_from(local.day()).ok()?,
        i8::try_from(local.hour()).ok()?,
        i8::try_from(local.minute()).ok()?,
        i8::try_from(local.second()).ok()?,
        0,
    )
    .ok()?;
    let offset = match zone.to_ambiguous_timestamp(civil).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Gap { .. } => return None,
        AmbiguousOffset::Fold { before, .. } => before,
    };
    local
        .assume_offset(utc_offset(offset)?)
        .checked_to_offset(UtcOffset::UTC)
}

/// `at` as a Helsinki wall-clock time.
pub fn helsinki_local(at: OffsetDateTime) -> PrimitiveDateTime {
    let local = at_offset(at, helsinki_offset(at));
    PrimitiveDateTime::new(local.date(), local.time())
}

/// Today in Helsinki: the day a person in Finland would say it is.
pub fn helsinki_today() -> Date {
    helsinki_local(OffsetDateTime::now_utc()).date()
}

/// The calendar day of `at` in Helsinki, written for `locale` as
/// [`calendar_date`] writes it.
pub fn helsinki_date(at: OffsetDateTime, locale: Locale) -> String {
    calendar_date(at_offset(at, helsinki_offset(at)).date(), locale)
}

/// One locale's date and time formatters (CLDR patterns through ICU4X).
struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
    time: NoCalendarFormatter<fieldsets::T>,
}

impl Formats {
    fn new(locale: Locale) -> Option<Formats> {
        let prefs = (&locale.cldr()).into();
        Some(Formats {
            date: FixedCalendarDateTimeFormatter::try_new(prefs, date_length(locale)).ok()?,
            time: NoCalendarFormatter::try_new(prefs, fieldsets::T::hm()).ok()?,
        })
    }
}

/// How long a date is written. Finnish and Swedish readers write the month
/// in figures (3.11.2026); the other languages get the month in words
/// (3 November 2026), which no reader can mistake for the day, whatever
/// order their own figures come in.
fn date_length(locale: Locale) -> fieldsets::YMD {
    match locale {
        Locale::Fi | Locale::Selko | Locale::Sv => fieldsets::YMD::short(),
        _ => fieldsets::YMD::long(),
    }
}

thread_local! {
    /// Each locale's formatters, made once per thread: making one reads the
    /// patterns, and a caseload page writes hundreds of dates. (Per thread,
    /// as ICU4X's data is not `Sync` without its `sync` feature.)
    static FORMATS: [Option<Formats>; Locale::ALL.len()] = Locale::ALL.map(Formats::new);
}

/// Writes with `locale`'s formatters, or `None` if it has none.
fn with_formats(locale: Locale, write: impl FnOnce(&Formats) -> Option<String>) -> Option<String> {
    let index = Locale::ALL.iter().position(|l| *l == locale)?;
    FORMATS.with(|all| all.get(index)?.as_ref().and_then(write))
}

/// A calendar day written for `locale`, in the Gregorian calendar whatever
/// the language: 3.11.2026 in Finnish, 03.11.2026 in Finland Swedish,
/// 3 November 2026 in English, 3 ноября 2026 г. in Russian.
pub fn calendar_date(date: Date, locale: Locale) -> String {
    let written = with_formats(locale, |formats| {
        let day =
            icu_calendar::Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day())
                .ok()?;
        Some(formats.date.format(&day).to_string())
    });
    // Compiled data covers every locale, and every `time::Date` is a
    // Gregorian day; should either fail, ISO 8601 still names the day.
    written.unwrap_or_else(|| date.to_string())
}

/// A day as typed: `2026-12-01` (what date pickers send) or `1.12.2026`
/// (what people in Finland type where there is no picker), in a plausible year.
pub fn parse_day(text: &str) -> Option<Date> {
    use time::macros::format_description;
    let text = text.trim();
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .or_else(|_| {
            Date::parse(
                text,
                format_description!("[day padding:none].[month padding:none].[year]"),
            )
        })
        .ok()
        .filter(|day| PLAUSIBLE_YEARS.contains(&day.year()))
}

/// The time of day of `at` in Helsinki, on the clock each language uses:
/// 14.05 in Finnish, 14:05 in Swedish, English and Russian.
pub fn helsinki_time(at: OffsetDateTime, locale: Locale) -> String {
    let time = at_offset(at, helsinki_offset(at)).time();
    let written = with_formats(locale, |formats| {
        let time = icu_time::Time::try_new(time.hour(), time.minute(), 0, 0).ok()?;
        Some(formats.time.format(&time).to_string())
    });
    written.unwrap_or_else(|| format!("{:02}:{:02}", time.hour(), time.minute()))
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn summer_time_follows_the_time_zone_database() {
        // 2026: summer time from 29 March to 25 October, 01:00 UTC.
        let cases = [
            (datetime!(2026-03-29 00:59 UTC), 2),
            (datetime!(2026-03-29 01:00 UTC), 3),
            (datetime!(2026-10-25 00:59 UTC), 3),
            (datetime!(2026-10-25 01:00 UTC), 2),
            (datetime!(2026-01-15 12:00 UTC), 2),
            (datetime!(2026-07-15 12:00 UTC), 3),
            // Another year's change, and a winter before summer time existed here (1981).
            (datetime!(2027-03-28 00:59 UTC), 2),
            (datetime!(2027-03-28 01:00 UTC), 3),
            (datetime!(1975-07-01 12:00 UTC), 2),
        ];
        for (at, hours) in cases {
            assert_eq!(helsinki_offset(at).whole_hours(), hours, "{at}");
        }
    }

    #[test]
    fn wall_clock_times_around_the_changes_map_to_the_right_moments() {
        use time::macros::datetime;
        let cases = [
            // Winter: UTC+2.
            (
                datetime!(2026-01-15 10:00),
                Some(datetime!(2026-01-15 08:00 UTC)),
            ),
            // The last minute before summer time, then the skipped hour.
            (
                datetime!(2026-03-29 02:59),
                Some(datetime!(2026-03-29 00:59 UTC)),
            ),
            (datetime!(2026-03-29 03:30), None),
            (
                datetime!(2026-03-29 04:00),
                Some(datetime!(2026-03-29 01:00 UTC)),
            ),
            // The hour lived twice: the first, summer-time one.
            (
                datetime!(2026-10-25 03:30),
                Some(datetime!(2026-10-25 00:30 UTC)),
            ),
            (
                datetime!(2026-10-25 04:00),
                Some(datetime!(2026-10-25 02:00 UTC)),
            ),
            (
                datetime!(2026-07-01 12:00),
                Some(datetime!(2026-07-01 09:00 UTC)),
            ),
        ];
        for (local, utc) in cases {
            assert_eq!(helsinki_moment(local), utc, "{local}");
            if let Some(utc) = utc {
                assert_eq!(helsinki_local(utc), local, "{utc}");
            }
        }
    }

    #[test]
    fn late_evening_utc_is_already_the_next_day_in_helsinki() {
        let at = datetime!(2026-11-23 22:30 UTC);
        assert_eq!(helsinki_date(at, Locale::Fi), "24.11.2026");
        assert_eq!(helsinki_time(at, Locale::Fi), "0.30");
    }

    #[test]
    fn each_language_writes_dates_and_times_its_own_way() {
        let at = datetime!(2026-11-03 07:05 UTC);
        let cases = [
            (Locale::Fi, "3.11.2026", "9.05"),
            (Locale::Selko, "3.11.2026", "9.05"),
            (Locale::Sv, "03.11.2026", "09:05"),
            (Locale::En, "3 November 2026", "09:05"),
            (Locale::Ru, "3 ноября 2026\u{202f}г.", "09:05"),
            (Locale::Et, "3 november 2026", "09:05"),
            (Locale::Uk, "3 листопада 2026\u{202f}р.", "09:05"),
            (Locale::So, "Noofeembar 03, 2026", "9:05 GH"),
            (Locale::Ar, "3 نوفمبر 2026", "9:05 ص"),
        ];
        for (locale, date, time) in cases {
            assert_eq!(helsinki_date(at, locale), date, "{locale:?}");
            assert_eq!(helsinki_time(at, locale), time, "{locale:?}");
        }
    }

    #[test]
    fn only_plausible_years_are_read_as_days() {
        for (typed, day) in [
            ("2026-12-01", Some(datetime!(2026-12-01 0:00).date())),
            ("1.12.2026", Some(datetime!(2026-12-01 0:00).date())),
            ("1900-01-01", Some(datetime!(1900-01-01 0:00).date())),
            ("2199-12-31", Some(datetime!(2199-12-31 0:00).date())),
            ("1899-12-31", None),
            ("2200-01-01", None),
            ("-9999-01-01", None),
            ("+9999-12-31", None),
            ("1.1.-9999", None),
            ("31.12.9999", None),
            ("99999-01-01", None),
        ] {
            assert_eq!(parse_day(typed), day, "{typed}");
        }
    }

    #[test]
    fn moments_at_the_ends_of_the_calendar_do_not_panic() {
        let first = PrimitiveDateTime::MIN;
        let last = PrimitiveDateTime::MAX;
        assert_eq!(helsinki_moment(first), None, "before the first day in UTC");
        let _ = helsinki_moment(last);
        for at in [first.assume_utc(), last.assume_utc()] {
            let _ = helsinki_local(at);
            let _ = helsinki_date(at, Locale::Fi);
            let _ = helsinki_time(at, Locale::En);
        }
    }
}
