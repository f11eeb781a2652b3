//! Files people download: CSV as spreadsheet programs read it, sent with
//! the headers that make the browser save it instead of showing it.

/// A CSV field: quoted, with quotes doubled, and a leading `=`, `+`, `-` or
/// `@` defused so a spreadsheet never runs it as a formula. A negative number
/// (`-0.3`, `-0,3`) is left as it is: it cannot run. A phone number keeps its
/// defusing, so the spreadsheet shows `+358…` as text, not as a number.
fn csv_field(text: &str) -> String {
    let negative_number = text.strip_prefix('-').is_some_and(|digits| {
        !digits.is_empty()
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    });
    let defused = if text.starts_with(['=', '+', '-', '@']) && !negative_number {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// A CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read ä
/// and ö right); `header` is the translated header row.
pub fn csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Marks the response as a CSV file to save as `file_name`, never cached
/// (it holds data of real people).
pub fn send_as_csv(file_name: &str) {
    send_as_file("text/csv; charset=utf-8", file_name);
}

/// Marks the response as a calendar file (`.ics`) to save as `file_name`,
/// never cached (it may say who meets whom).
pub fn send_as_calendar(file_name: &str) {
    send_as_file("text/calendar; charset=utf-8", file_name);
}

fn send_as_file(content_type: &'static str, file_name: &str) {
    send_with_disposition(
        content_type,
        format!("attachment; filename=\"{file_name}\""),
    );
}

/// Marks the response as a file someone sent (`content_type` as its bytes
/// showed it) to save, never to open in the page: it is sandboxed even if a
/// browser did show it. `fallback` is an ASCII name; `name` the sender's
/// own, in any script (RFC 6266's `filename*`).
pub fn send_as_download(content_type: &str, fallback: &str, name: &str) {
    use http::{HeaderValue, header};
    use leptos::prelude::use_context;
    let encoded = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    send_with_disposition(
        content_type,
        format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"),
    );
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let sandbox = HeaderValue::from_static("sandbox; default-src 'none'");
        response.insert_header(header::CONTENT_SECURITY_POLICY, sandbox);
    }
}

fn send_with_disposition(content_type: &str, disposition: String) {
    use http::{HeaderValue, header};
    use leptos::prelude::use_context;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(value) = HeaderValue::from_str(content_type) {
            response.insert_header(header::CONTENT_TYPE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&disposition) {
            response.insert_header(header::CONTENT_DISPOSITION, value);
        }
        response.insert_header(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let csv = csv(
            &["Name".into(), "Answer".into()],
            &[vec!["Äijä \"Aku\"".into(), "=HYPERLINK(\"x\")".into()]],
        );
        assert_eq!(
            csv,
            "\u{feff}\"Name\",\"Answer\"\r\n\"Äijä \"\"Aku\"\"\",\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
        assert_eq!(csv_field("-0,3"), "\"-0,3\"");
        assert_eq!(csv_field("+358401234567"), "\"'+358401234567\"");
        assert_eq!(csv_field("-1+1"), "\"'-1+1\"");
    }
}
