//! The caseload as the page shows it: texts in the coach's language, times
//! in Helsinki time, filled in on the server.

/// One page of the caseload with the choices that made it.
#[derive(Clone, Debug, Default)]
pub struct CaseloadView {
    pub rows: Vec<PersonRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub search: String,
    pub quiet_only: bool,
    pub sort: String,
    pub due: Vec<crate::follow_along::views::ShownCheckIn>,
}

/// A jobseeker on the list.
#[derive(Clone, Debug)]
pub struct PersonRow {
    /// Where the coach opens the person's page.
    pub href: String,
    pub name: String,
    /// The day of their last activity, or that there has been none.
    pub last_activity: String,
    /// No activity for two weeks or more.
    pub quiet: bool,
    /// "2 of 3 done", or that none are assigned.
    pub modules: String,
    /// "1 Information: Intermediate (+0.5)" per DigComp area assessed.
    pub skills: Vec<String>,
    pub next_event: Option<String>,
    /// Plan steps to do or under way.
    pub open_steps: i64,
    /// "2 unread messages" and where to read them, when there are any.
    pub unread: Option<(String, String)>,
    /// Days to their first employer contact (or so far), and whether that
    /// misses the model's month.
    pub first_contact: (String, bool),
}

/// A label and its value, e.g. "Email: maija@example.fi".
#[derive(Clone, Debug)]
pub struct Line {
    pub label: String,
    pub value: String,
    /// The value's own language when it differs from the page's.
    pub lang: Option<&'static str>,
}

/// A job the person is interested in or was proposed for, and what came of it.
#[derive(Clone, Debug)]
pub struct JobLine {
    pub title: String,
    /// The title's language when it differs from the page's.
    pub lang: Option<String>,
    pub employer: String,
    pub status: String,
}

/// A module on a jobseeker's page.
#[derive(Clone, Debug)]
pub struct ModuleLine {
    pub title: String,
    /// "3 of 5 steps done".
    pub progress: String,
    /// The due date of an assigned module, or that it is not assigned.
    pub due: String,
}

/// A coach note, a situation or a shared reflection: who and when, then
/// the text.
#[derive(Clone, Debug, Default)]
pub struct NoteLine {
    pub meta: String,
    pub body: String,
    pub shared: bool,
    /// The page with its history (and, for its author, its corrections).
    pub href: Option<String>,
    /// Shown struck through, with who withdrew it and when.
    pub withdrawn: Option<String>,
}

/// A note or an outcome on its own page.
#[derive(Clone, Debug)]
pub struct RecordView {
    pub jobseeker: i64,
    pub id: i64,
    /// The jobseeker's name.
    pub name: String,
    pub current: NoteLine,
    /// Earlier versions, newest first.
    pub versions: Vec<NoteLine>,
    /// Whether the reader wrote it and it is still in force.
    pub correctable: bool,
    /// The stored values, to fill the correction form.
    pub stored: Vec<(String, String)>,
}

/// One jobseeker as the coach's page about them shows them.
#[derive(Clone, Debug)]
pub struct PersonView {
    pub jobseeker: i64,
    pub name: String,
    /// "Employed full-time since 1.11.2026", and the page about it.
    pub situation: Option<NoteLine>,
    /// Earlier situations and withdrawn ones.
    pub earlier_situations: Vec<NoteLine>,
    pub open_steps: usize,
    pub unread_messages: i64,
    pub modules: Vec<ModuleLine>,
    pub module_choices: Vec<crate::ui::Choice>,
    pub reflections: Vec<NoteLine>,
    pub skills: Vec<crate::skills::FrameworkHistory>,
    pub events: Vec<Line>,
    /// Jobs the person is interested in, and whether the employer sees their skills.
    pub jobs: Vec<JobLine>,
    pub notes: Vec<NoteLine>,
    pub profile: Vec<Line>,
    pub transfer: TransferView,
    /// The day they agreed to be named to employers, if they have.
    pub employer_consent: Option<String>,
    pub rapid: crate::employer_contacts::views::Rapid,
    pub employer_contacts: Vec<crate::employer_contacts::views::ShownContact>,
    pub open_checkins: i64,
}

/// The coaches a jobseeker can be moved to: the coach's team, and those a
/// search by name found.
#[derive(Clone, Debug)]
pub struct TransferView {
    pub team: Vec<crate::ui::Choice>,
    pub found: Option<FoundView>,
    /// Whether the service has any other coach at all.
    pub others: bool,
}

/// The coaches whose name contains what was searched for, labelled with
/// their team.
#[derive(Clone, Debug)]
pub struct FoundView {
    pub name: String,
    pub coaches: Vec<crate::ui::Choice>,
    /// Whether more matched than are listed.
    pub more: bool,
}

#[cfg(feature = "ssr")]
mod filled {
    use time::OffsetDateTime;

    use super::{
        FoundView, JobLine, Line, ModuleLine, NoteLine, PersonView, RecordView, TransferView,
    };
    use crate::{
        caseload::{
            note_path, outcome_path,
            person::{Overview, Record, TransferChoices},
            person_db::{CoachChoice, Note, Outcome, Version},
        },
        i18n::{
            FluentValue, Locale, calendar_date, helsinki_date, helsinki_time, t, t_args, translate,
            use_locale,
        },
        ui::Choice,
    };

    fn when(at: time::OffsetDateTime, locale: Locale) -> String {
        format!(
            "{} {}",
            helsinki_date(at, locale),
            helsinki_time(at, locale)
        )
    }

    fn situation_since(situation: &str, since: time::Date, locale: Locale) -> String {
        t_args(
            "outcome-since-text",
            &[
                (
                    "situation",
                    FluentValue::from(t(&format!("outcome-{situation}"))),
                ),
                ("date", FluentValue::from(calendar_date(since, locale))),
            ],
        )
    }

    fn line(key: &str, value: String) -> Line {
        Line {
            label: t(key),
            value,
            lang: None,
        }
    }

    fn profile_lines(o: &Overview, locale: Locale) -> Vec<Line> {
        let not_given = || t("account-not-given");
        let language = Locale::from_tag(&o.profile.locale).unwrap_or_default();
        vec![
            line(
                "account-email",
                o.profile.email.clone().unwrap_or_else(not_given),
            ),
            line(
                "account-phone",
                o.profile.phone.clone().unwrap_or_else(not_given),
            ),
            Line {
                label: t("person-language"),
                value: translate(language, "language-self-name"),
                lang: language.lang_unless(locale),
            },
            line(
                "join-birth-year-label",
                o.profile
                    .birth_year
                    .map_or_else(not_given, |y| y.to_string()),
            ),
            line(
                "join-gender-legend",
                crate::accounts::gender_label(o.profile.gender.as_deref()),
            ),
            line("person-joined", helsinki_date(o.profile.joined, locale)),
        ]
    }

    fn module_lines(o: &Overview, locale: Locale) -> Vec<ModuleLine> {
        o.modules
            .iter()
            .filter(|m| m.assigned || m.done > 0)
            .map(|m| ModuleLine {
                title: m.title.clone(),
                progress: t_args(
                    "person-module-steps",
                    &[
                        ("done", FluentValue::from(m.done)),
                        ("count", FluentValue::from(m.steps)),
                    ],
                ),
                due: match (m.assigned, m.due_on) {
                    (true, Some(due)) => calendar_date(due, locale),
                    (true, None) => t("person-module-no-due"),
                    (false, _) => t("person-module-own"),
                },
            })
            .collect()
    }

    /// "Maija Coach, 3.12.2026 10.15", with when it was last corrected.
    fn written(
        by: Option<&String>,
        at: OffsetDateTime,
        corrected: Option<OffsetDateTime>,
        locale: Locale,
    ) -> String {
        let by = by.cloned().unwrap_or_else(|| t("plan-history-by-gone"));
        let written = format!("{by}, {}", when(at, locale));
        match corrected {
            Some(corrected) => t_args(
                "record-corrected",
                &[
                    ("written", FluentValue::from(written)),
                    ("when", FluentValue::from(when(corrected, locale))),
                ],
            ),
            None => written,
        }
    }

    fn withdrawn(
        by: Option<&String>,
        at: Option<OffsetDateTime>,
        locale: Locale,
    ) -> Option<String> {
        at.map(|at| {
            let by = by.cloned().unwrap_or_else(|| t("plan-history-by-gone"));
            t_args(
                "record-withdrawn",
                &[
                    ("name", FluentValue::from(by)),
                    ("when", FluentValue::from(when(at, locale))),
                ],
            )
        })
    }

    fn note_line(jobseeker: i64, n: &Note, locale: Locale) -> NoteLine {
        NoteLine {
            meta: written(
                n.written_by_name.as_ref(),
                n.created_at,
                n.corrected_at,
                locale,
            ),
            body: n.body.clone(),
            shared: n.shared,
            href: Some(note_path(jobseeker, n.note_id)),
            withdrawn: withdrawn(n.withdrawn_by_name.as_ref(), n.withdrawn_at, locale),
        }
    }

    fn outcome_line(jobseeker: i64, o: &Outcome, locale: Locale) -> NoteLine {
        NoteLine {
            meta: written(
                o.recorded_by_name.as_ref(),
                o.recorded_at,
                o.corrected_at,
                locale,
            ),
            body: situation_since(&o.situation, o.since, locale),
            shared: false,
            href: Some(outcome_path(jobseeker, o.outcome_id)),
            withdrawn: withdrawn(o.withdrawn_by_name.as_ref(), o.withdrawn_at, locale),
        }
    }

    /// An earlier version: what it said, written when and replaced when.
    fn version_line(v: &Version, body: String, locale: Locale) -> NoteLine {
        NoteLine {
            meta: t_args(
                "record-version-meta",
                &[
                    ("written", FluentValue::from(when(v.written_at, locale))),
                    ("replaced", FluentValue::from(when(v.replaced_at, locale))),
                ],
            ),
            body,
            shared: v.shared,
            ..NoteLine::default()
        }
    }

    /// The page of a note or an outcome: `current` as it stands, its
    /// `stored` values for the form, and each earlier version's text.
    fn record_view<T>(
        jobseeker: i64,
        (id, r): (i64, Record<T>),
        current: NoteLine,
        stored: Vec<(&str, String)>,
        version_text: impl Fn(&Version) -> Option<String>,
    ) -> RecordView {
        let locale = use_locale();
        RecordView {
            jobseeker,
            id,
            name: r.name,
            correctable: r.mine && current.withdrawn.is_none(),
            stored: stored.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            versions: r
                .versions
                .iter()
                .filter_map(|v| Some(version_line(v, version_text(v)?, locale)))
                .collect(),
            current: NoteLine {
                href: None,
                ..current
            },
        }
    }

    pub fn note_record_view(jobseeker: i64, r: Record<Note>) -> RecordView {
        let note = &r.record;
        let current = note_line(jobseeker, note, use_locale());
        let shared = if note.shared { "yes" } else { "no" };
        let stored = vec![("body", note.body.clone()), ("shared", shared.to_owned())];
        record_view(jobseeker, (note.note_id, r), current, stored, |v| {
            Some(v.body.clone())
        })
    }

    pub fn outcome_record_view(jobseeker: i64, r: Record<Outcome>) -> RecordView {
        let locale = use_locale();
        let outcome = &r.record;
        let current = outcome_line(jobseeker, outcome, locale);
        let stored = vec![
            ("situation", outcome.situation.clone()),
            ("since", outcome.since.to_string()),
        ];
        record_view(jobseeker, (outcome.outcome_id, r), current, stored, |v| {
            Some(situation_since(&v.body, v.since?, locale))
        })
    }

    pub fn person_view(jobseeker: i64, o: Overview) -> PersonView {
        let locale = use_locale();
        let now = time::OffsetDateTime::now_utc();
        let (mut situation, mut earlier_situations) = (None, Vec::new());
        for outcome in &o.outcomes {
            let line = outcome_line(jobseeker, outcome, locale);
            match (&situation, &line.withdrawn) {
                (None, None) => situation = Some(line),
                _ => earlier_situations.push(line),
            }
        }
        PersonView {
            jobseeker,
            name: o.profile.name.clone(),
            situation,
            earlier_situations,
            open_steps: o.open_steps,
            unread_messages: o.unread_messages,
            employer_consent: o
                .employer_work
                .consent_since
                .map(|at| helsinki_date(at, locale)),
            rapid: o.employer_work.rapid,
            employer_contacts: crate::employer_contacts::views::shown(
                o.employer_work.contacts.clone(),
            ),
            open_checkins: o.open_checkins,
            modules: module_lines(&o, locale),
            module_choices: o
                .modules
                .iter()
                .map(|m| Choice::new(m.module_id.clone(), m.title.clone()))
                .collect(),
            reflections: o
                .reflections
                .iter()
                .map(|r| NoteLine {
                    meta: format!("{}, {}", r.module_title, when(r.answered_at, locale)),
                    body: r.text.clone(),
                    ..NoteLine::default()
                })
                .collect(),
            events: o
                .places
                .iter()
                .map(|p| Line {
                    label: format!(
                        "{} ({})",
                        p.title,
                        crate::events::when_text(p.starts_at, p.ends_at, locale)
                    ),
                    value: t(&p.status_key(now)),
                    lang: None,
                })
                .collect(),
            jobs: o
                .interests
                .iter()
                .map(|job| {
                    let day = FluentValue::from(helsinki_date(job.since, locale));
                    let mut value = vec![match (job.interested, job.shared_since.is_some()) {
                        (true, true) => t_args("person-job-interest-shared", &[("day", day)]),
                        (true, false) => t_args("person-job-interest", &[("day", day)]),
                        (false, _) => t_args("person-job-proposed", &[("day", day)]),
                    }];
                    if let Some(stage) = &job.stage {
                        let stage = FluentValue::from(t(&format!("match-stage-{stage}")));
                        value.push(t_args("person-job-stage", &[("stage", stage)]));
                    }
                    JobLine {
                        title: job.title.clone(),
                        lang: crate::i18n::lang_unless_page(&job.title_locale, locale),
                        employer: job.employer.clone(),
                        status: value.join(" "),
                    }
                })
                .collect(),
            notes: o
                .notes
                .iter()
                .map(|n| note_line(jobseeker, n, locale))
                .collect(),
            profile: profile_lines(&o, locale),
            transfer: transfer_view(&o.transfer),
            skills: o.skills,
        }
    }

    fn transfer_view(choices: &TransferChoices) -> TransferView {
        let by_name = |c: &CoachChoice| Choice::new(c.account_id.to_string(), c.name.clone());
        // Found across the service, a coach is told apart by their team.
        let with_team = |c: &CoachChoice| {
            let label = match &c.team {
                Some(team) => t_args(
                    "transfer-coach-in-team",
                    &[
                        ("name", FluentValue::from(c.name.clone())),
                        ("team", FluentValue::from(team.clone())),
                    ],
                ),
                None => c.name.clone(),
            };
            Choice::new(c.account_id.to_string(), label)
        };
        TransferView {
            team: choices.team.iter().map(by_name).collect(),
            found: choices.found.as_ref().map(|found| FoundView {
                name: found.name.clone(),
                coaches: found.coaches.iter().map(with_team).collect(),
                more: found.more,
            }),
            others: choices.others,
        }
    }
}

#[cfg(feature = "ssr")]
pub use filled::{note_record_view, outcome_record_view, person_view};
