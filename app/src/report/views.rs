//! The report as the page and the CSV show it: every figure already written
//! in the reader's language, hidden groups already blank.

/// One group's figures as written. `None` figures are not shown: the group
/// is too small, or too few people are behind the figure.
#[derive(Clone, Debug)]
pub struct RowView {
    pub label: String,
    /// "Fewer than 5" for a hidden group.
    pub people: String,
    pub employed: String,
    /// For the chart: the share employed, 0–100.
    pub employed_percent: Option<i64>,
    pub completed: String,
    pub attended: String,
    pub digital: String,
    /// First employer contact within a month of starting.
    pub rapid: String,
    /// Still employed three and six months after starting work.
    pub kept3: String,
    pub kept6: String,
}

/// One breakdown: by gender or by age group, with the total last.
#[derive(Clone, Debug)]
pub struct TableView {
    pub id: &'static str,
    pub caption: String,
    pub rows: Vec<RowView>,
}

/// The whole report.
#[derive(Clone, Debug)]
pub struct ReportView {
    /// The fields as typed, to fill the form again.
    pub typed: Vec<(String, String)>,
    pub errors: Vec<crate::error::FieldError>,
    /// "Your caseload, 1.12.2025–30.11.2026".
    pub summary: String,
    pub tables: Vec<TableView>,
    pub csv_href: String,
    /// The scopes the reader may choose (none for an admin, who sees the
    /// whole service).
    pub scopes: Vec<&'static str>,
    /// The periods the reader may choose, newest first.
    pub periods: Vec<crate::ui::Choice>,
}

#[cfg(feature = "ssr")]
mod filled {
    use super::{RowView, TableView};
    use crate::{
        i18n::{FluentValue, Locale, t, t_args},
        report::{
            db::GroupCounts,
            server::{Report, Row},
            suppress::{MIN_GROUP, percent},
        },
    };

    fn percent_text(value: Option<i64>) -> String {
        value.map_or_else(
            || "\u{2013}".to_owned(),
            |v| t_args("report-percent", &[("value", FluentValue::from(v))]),
        )
    }

    /// "12 (40 %)" of `of`, or a dash when too few are on either side.
    fn count_share(part: i64, of: i64) -> String {
        percent(part, of).map_or_else(
            || "\u{2013}".to_owned(),
            |share| {
                t_args(
                    "report-count-share",
                    &[
                        ("count", FluentValue::from(part)),
                        ("share", FluentValue::from(percent_text(Some(share)))),
                    ],
                )
            },
        )
    }

    fn row_view(label: String, counts: Option<&GroupCounts>, locale: Locale) -> RowView {
        let Some(c) = counts else {
            let dash = "\u{2013}".to_owned();
            return RowView {
                label,
                people: t("report-hidden"),
                employed: dash.clone(),
                employed_percent: None,
                completed: dash.clone(),
                attended: dash.clone(),
                digital: dash.clone(),
                rapid: dash.clone(),
                kept3: dash.clone(),
                kept6: dash,
            };
        };
        let employed_percent = percent(c.employed, c.people);
        let digital = digital_shown(c).then(|| {
            let average = c.digital_change_sum / c.assessed_twice as f64;
            let sign = if average >= 0.05 { "+" } else { "" };
            t_args(
                "report-digital-change",
                &[
                    (
                        "change",
                        FluentValue::from(format!("{sign}{}", locale.one_decimal(average as f32))),
                    ),
                    ("count", FluentValue::from(c.assessed_twice)),
                ],
            )
        });
        RowView {
            label,
            people: c.people.to_string(),
            employed: count_share(c.employed, c.people),
            employed_percent,
            completed: percent_text(percent(c.completed_module, c.people)),
            attended: percent_text(percent(c.attended_event, c.people)),
            digital: digital.unwrap_or_else(|| "\u{2013}".to_owned()),
            rapid: count_share(c.rapid_met, c.rapid_due),
            kept3: count_share(c.kept3, c.kept3_due),
            kept6: count_share(c.kept6, c.kept6_due),
        }
    }

    fn table(
        id: &'static str,
        caption_key: &str,
        prefix: &str,
        rows: &[Row],
        total: &RowView,
        locale: Locale,
    ) -> TableView {
        let mut shown: Vec<RowView> = rows
            .iter()
            .map(|r| {
                row_view(
                    t(&format!("{prefix}-{}", r.group)),
                    r.counts.as_ref(),
                    locale,
                )
            })
            .collect();
        shown.push(total.clone());
        TableView {
            id,
            caption: t(caption_key),
            rows: shown,
        }
    }

    /// One CSV row: numbers only, for a spreadsheet. A hidden group keeps
    /// its label and "fewer than 5", and nothing else.
    fn csv_row(
        breakdown: &str,
        label: String,
        counts: Option<&GroupCounts>,
        locale: Locale,
    ) -> Vec<String> {
        let mut row = vec![breakdown.to_owned(), label];
        let Some(c) = counts else {
            row.push(t("report-hidden"));
            row.resize(12, String::new());
            return row;
        };
        let share = |part| {
            percent(part, c.people)
                .map(|p| p.to_string())
                .unwrap_or_default()
        };
        let of = |part, whole| {
            percent(part, whole)
                .map(|p| p.to_string())
                .unwrap_or_default()
        };
        let digital = if digital_shown(c) {
            locale.one_decimal((c.digital_change_sum / c.assessed_twice as f64) as f32)
        } else {
            String::new()
        };
        let employed = percent(c.employed, c.people).map(|_| c.employed.to_string());
        row.extend([
            c.people.to_string(),
            employed.unwrap_or_default(),
            share(c.employed),
            share(c.completed_module),
            share(c.attended_event),
            digital,
            if digital_shown(c) {
                c.assessed_twice.to_string()
            } else {
                String::new()
            },
            of(c.rapid_met, c.rapid_due),
            of(c.kept3, c.kept3_due),
            of(c.kept6, c.kept6_due),
        ]);
        row
    }

    fn digital_shown(c: &GroupCounts) -> bool {
        c.assessed_twice >= MIN_GROUP
    }

    /// The report as CSV: the header row and one row per group and total.
    pub fn csv(report: &Report, locale: Locale) -> (Vec<String>, Vec<Vec<String>>) {
        let header = [
            "report-column-breakdown",
            "report-column-group",
            "report-column-people",
            "report-column-employed",
            "report-csv-employed-percent",
            "report-csv-completed-percent",
            "report-csv-attended-percent",
            "report-csv-digital-change",
            "report-csv-digital-people",
            "report-csv-rapid-percent",
            "report-csv-kept3-percent",
            "report-csv-kept6-percent",
        ]
        .iter()
        .map(|id| t(id))
        .collect();
        let mut rows = Vec::new();
        for (caption, prefix, groups) in [
            ("report-by-gender", "report-gender", &report.by_gender),
            ("report-by-age", "report-age", &report.by_age),
        ] {
            let breakdown = t(caption);
            for r in groups.iter() {
                let label = t(&format!("{prefix}-{}", r.group));
                rows.push(csv_row(&breakdown, label, r.counts.as_ref(), locale));
            }
            rows.push(csv_row(
                &breakdown,
                t("report-total"),
                report.total.as_ref(),
                locale,
            ));
        }
        (header, rows)
    }

    /// The two breakdowns of a report, each ending with the total.
    pub fn tables(report: &Report, locale: Locale) -> Vec<TableView> {
        let total = row_view(t("report-total"), report.total.as_ref(), locale);
        vec![
            table(
                "report-gender",
                "report-by-gender",
                "report-gender",
                &report.by_gender,
                &total,
                locale,
            ),
            table(
                "report-age",
                "report-by-age",
                "report-age",
                &report.by_age,
                &total,
                locale,
            ),
        ]
    }
}

#[cfg(feature = "ssr")]
pub use filled::{csv, tables};
