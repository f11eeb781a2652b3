//! An event as an iCalendar file (RFC 5545) that phones' calendar apps open:
//! times in the Europe/Helsinki zone, which the file itself defines, so the
//! event lands at the right hour on either side of a summer-time change.

use std::fmt::Write;

use time::{OffsetDateTime, PrimitiveDateTime, UtcOffset, macros::format_description};

use crate::i18n::helsinki_local;

/// What goes into the calendar entry.
#[derive(Debug, Clone)]
pub struct CalendarEntry {
    /// Unique and stable, so importing again updates the same entry.
    pub uid: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub title: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
}

/// Europe/Helsinki with the EU rule: summer time from the last Sunday of
/// March 03:00 to the last Sunday of October 04:00 local time.
const HELSINKI: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Helsinki\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0300\r\n\
TZNAME:EEST\r\n\
DTSTART:19700329T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0300\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:EET\r\n\
DTSTART:19701025T040000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The whole `.ics` file for one entry.
pub fn calendar(entry: &CalendarEntry, now: OffsetDateTime) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Askel//Events//FI\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
    );
    out.push_str(HELSINKI);
    let status = if entry.cancelled {
        "CANCELLED"
    } else {
        "CONFIRMED"
    };
    let lines = [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(&entry.uid)),
        format!("DTSTAMP:{}", utc_stamp(now)),
        format!(
            "DTSTART;TZID=Europe/Helsinki:{}",
            local_stamp(entry.starts_at)
        ),
        format!("DTEND;TZID=Europe/Helsinki:{}", local_stamp(entry.ends_at)),
        format!("SUMMARY:{}", escape(&entry.title)),
        format!("DESCRIPTION:{}", escape(&entry.description)),
        format!("LOCATION:{}", escape(&entry.location)),
        format!("URL:{}", entry.url),
        format!("STATUS:{status}"),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    for line in lines {
        out.push_str(&fold(&line));
    }
    out
}

fn local_stamp(at: OffsetDateTime) -> String {
    stamp(helsinki_local(at))
}

fn utc_stamp(at: OffsetDateTime) -> String {
    let utc = at.to_offset(UtcOffset::UTC);
    format!("{}Z", stamp(PrimitiveDateTime::new(utc.date(), utc.time())))
}

fn stamp(at: PrimitiveDateTime) -> String {
    at.format(format_description!(
        "[year][month][day]T[hour][minute][second]"
    ))
    // Formatting a valid date-time into a String cannot fail.
    .unwrap_or_default()
}

/// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character),
/// each continuation starting with a space, ended by CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    // Writing to a String cannot fail.
    let _ = write!(out, "\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("SUMMARY:{}", "ä".repeat(100));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{part:?}");
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
