//! `/coach/jobseekers/{jobseeker}`: one jobseeker in the coach's workspace.
//! Their situation, plan, modules, shared reflections, digital-skills
//! progress, events, notes and profile, with what the coach can do about
//! each. Only for the coach's own jobseekers; each view is audited.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    CASELOAD,
    outcomes::{FIELD_SINCE, FIELD_SITUATION, SITUATIONS},
    person_fns::{
        AddNote, FIELD_BODY, FIELD_COACH, FIELD_COACH_NAME, FIELD_SHARED, FORM_NOTE,
        FORM_NOTE_CORRECT, FORM_NOTE_WITHDRAW, FORM_OUTCOME, FORM_OUTCOME_CORRECT,
        FORM_OUTCOME_WITHDRAW, FORM_TRANSFER, FORM_TRANSFER_FIND, FindCoach, RecordOutcome,
        TransferJobseeker,
    },
    views::{FoundView, JobLine, Line, NoteLine, PersonView, TransferView},
};
use crate::{
    accounts::{FORM_RESET_CODE, IssueResetCode, Protected, Role, issued_code},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    modules::{AssignModule, FIELD_DUE, FIELD_MODULE, FORM_ASSIGN},
    plan::coach_plan_path,
    skills::history_page::SkillsProgress,
    ui::{
        BackLink, CheckboxField, ChoiceGroup, DataTable, FormState, FormSummary, PostForm,
        SelectField, TextAreaField, TextField, id_param,
    },
};

async fn load(jobseeker: i64) -> Result<PersonView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let overview = super::person::overview(jobseeker).await?;
        Ok(super::views::person_view(jobseeker, overview))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = jobseeker;
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}`.
#[component]
pub fn JobseekerPage() -> impl IntoView {
    let jobseeker = id_param("jobseeker");
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load(jobseeker), |person| view! { <Person person/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// A section of the page: a heading with its id, and what is under it.
fn section(id: &'static str, key: &str, body: impl IntoView) -> impl IntoView {
    let (heading, labelled_by) = (format!("{id}-heading"), format!("{id}-heading"));
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading>{t(key)}</h2>
            {body}
        </section>
    }
}

pub(super) fn hidden_jobseeker(jobseeker: i64) -> impl IntoView {
    view! { <input type="hidden" name="jobseeker" value=jobseeker.to_string()/> }
}

#[component]
fn Person(person: PersonView) -> impl IntoView {
    let jobseeker = person.jobseeker;
    let contents = [
        ("situation", "person-situation"),
        ("plan", "person-plan"),
        ("messages", "person-messages"),
        ("modules", "person-modules"),
        ("skills", "person-skills"),
        ("events", "person-events"),
        ("jobs", "person-jobs"),
        ("job-search", "person-job-search"),
        ("employers", "person-employers"),
        ("follow-along", "person-follow-along"),
        ("notes", "person-notes"),
        ("profile", "person-profile"),
        ("sign-in-help", "person-sign-in-help"),
        ("move", "person-move"),
    ];
    view! {
        <Title text=person.name.clone()/>
        <BackLink href=CASELOAD label=t("caseload-back")/>
        <h1>{person.name.clone()}</h1>
        <nav aria-labelledby="person-contents-heading" class="page-contents">
            <h2 id="person-contents-heading" class="visually-hidden">{t("person-contents")}</h2>
            <ul>
                {contents.map(|(id, key)| view! { <li><a href=format!("#{id}")>{t(key)}</a></li> }).collect_view()}
            </ul>
        </nav>
        {section("situation", "person-situation", view! { <Situation person=person.clone()/> })}
        {section("plan", "person-plan", view! {
            <p>{t_args("person-open-steps", &[("count", FluentValue::from(person.open_steps))])}</p>
            <p><a class="button" href=coach_plan_path(jobseeker)>{t("person-open-plan")}</a></p>
        })}
        {section("messages", "person-messages", view! {
            <p>{t_args("person-unread-messages", &[("count", FluentValue::from(person.unread_messages))])}</p>
            <p><a class="button" href=crate::messages::coach_messages_path(jobseeker)>{t("person-open-messages")}</a></p>
        })}
        {section("meetings", "person-meetings", view! {
            <p><a class="button" href=crate::meetings::person_meetings_path(jobseeker)>{t("person-open-meetings")}</a></p>
        })}
        {section("modules", "person-modules", view! { <Modules person=person.clone()/> })}
        {section("skills", "person-skills", view! { <Skills person=person.clone()/> })}
        {section("events", "person-events", view! { <Lines lines=person.events.clone() none="person-events-none"/> })}
        {section("jobs", "person-jobs", view! {
            <JobLines lines=person.jobs.clone()/>
            <p><a class="button" href=crate::matching::coach_jobs_path(jobseeker)>{t("person-jobs-that-fit")}</a></p>
        })}
        {section("job-search", "person-job-search", view! {
            <p><a class="button" href=crate::job_search::person_job_search_path(jobseeker)>{t("person-open-job-search")}</a></p>
        })}
        {section("employers", "person-employers", view! { <EmployerWork person=person.clone()/> })}
        {section("follow-along", "person-follow-along", view! {
            <p>{t_args("person-open-checkins", &[("count", FluentValue::from(person.open_checkins))])}</p>
            <p><a class="button" href=crate::follow_along::follow_along_path(jobseeker)>{t("person-open-follow-along")}</a></p>
        })}
        {section("notes", "person-notes", view! { <Notes jobseeker notes=person.notes.clone()/> })}
        {section("profile", "person-profile", view! {
            <dl class="summary-list">
                {person.profile.clone().into_iter().map(|line| view! {
                    <div><dt>{line.label}</dt><dd lang=line.lang>{line.value}</dd></div>
                }).collect_view()}
            </dl>
        })}
        {section("sign-in-help", "person-sign-in-help", view! { <SignInHelp jobseeker/> })}
        {section("move", "person-move", view! { <Transfer jobseeker transfer=person.transfer.clone()/> })}
    }
}

/// Whether the person may be named to employers, how soon their first
/// employer contact came, and the contacts about them.
#[component]
fn EmployerWork(person: PersonView) -> impl IntoView {
    let consent = match person.employer_consent {
        Some(day) => t_args(
            "person-employer-consent",
            &[("day", FluentValue::from(day))],
        ),
        None => t("person-employer-no-consent"),
    };
    let late = person
        .rapid
        .late()
        .then(|| view! { " " <strong>{t("caseload-first-contact-late")}</strong> });
    view! {
        <p>{consent}</p>
        <p>{format!("{}: {}", t("caseload-column-first-contact"), person.rapid.text())}{late}</p>
        <crate::employer_contacts::views::ContactList contacts=person.employer_contacts/>
        <p><a class="button" href=format!("{}?jobseeker={}#log", crate::employer_contacts::CONTACTS, person.jobseeker)>{t("person-log-contact")}</a></p>
    }
}

/// A note, a situation or a reflection: who and when, the text (struck
/// through when withdrawn), and the way to its history.
#[component]
pub(super) fn RecordItem(line: NoteLine) -> impl IntoView {
    let body = match line.withdrawn.is_some() {
        true => view! { <p class="note__body"><del>{line.body}</del></p> }.into_any(),
        false => view! { <p class="note__body">{line.body}</p> }.into_any(),
    };
    view! {
        <li class="note">
            <p class="note__meta">{line.meta}" "{line.shared.then(|| view! { <strong>{t("note-shared-flag")}</strong> })}</p>
            {line.withdrawn.map(|w| view! { <p class="note__meta"><strong>{w}</strong></p> })}
            {body}
            {line.href.map(|href| view! { <p class="note__meta"><a href=href>{t("record-details")}</a></p> })}
        </li>
    }
}

/// The done notices of the corrections posted from a note's or an outcome's own page.
fn change_notices(forms: [(&'static str, &'static str); 2]) -> impl IntoView {
    forms
        .map(|(form, key)| crate::ui::done_notice(&FormState::take(form), key))
        .collect_view()
}

#[component]
fn Situation(person: PersonView) -> impl IntoView {
    let state = FormState::take(FORM_OUTCOME);
    let options = crate::ui::Choice::named("outcome", SITUATIONS);
    let current = match person.situation.clone() {
        Some(line) => view! { <ul class="plain-list notes"><RecordItem line/></ul> }.into_any(),
        None => view! { <p>{t("outcome-none")}</p> }.into_any(),
    };
    view! {
        {change_notices([(FORM_OUTCOME_CORRECT, "outcome-corrected"), (FORM_OUTCOME_WITHDRAW, "outcome-withdrawn")])}
        {current}
        {(!person.earlier_situations.is_empty()).then(|| view! {
            <h3>{t("outcome-earlier")}</h3>
            <ul class="plain-list notes">
                {person.earlier_situations.iter().cloned().map(|line| view! { <RecordItem line/> }).collect_view()}
            </ul>
        })}
        <h3>{t("outcome-record")}</h3>
        {crate::ui::done_notice(&state, "outcome-recorded")}
        <FormSummary state=state.clone()/>
        <PostForm action=RecordOutcome::url()>
            {hidden_jobseeker(person.jobseeker)}
            <SelectField state=state.clone() name=FIELD_SITUATION label=t("outcome-situation")
                options any=t("outcome-choose")/>
            <TextField state name=FIELD_SINCE kind="date" label=t("outcome-since") hint=t("outcome-since-hint")/>
            <button type="submit" class="button">{t("outcome-submit")}</button>
        </PostForm>
    }
}

#[component]
fn Modules(person: PersonView) -> impl IntoView {
    let state = FormState::take(FORM_ASSIGN);
    let table = if person.modules.is_empty() {
        view! { <p>{t("person-modules-none")}</p> }.into_any()
    } else {
        view! {
            <DataTable id="person-modules" caption=t("person-modules-caption")>
                <thead>
                    <tr>
                        <th scope="col">{t("person-module")}</th>
                        <th scope="col">{t("person-module-progress")}</th>
                        <th scope="col">{t("person-module-due")}</th>
                    </tr>
                </thead>
                <tbody>
                    {person.modules.iter().map(|m| view! {
                        <tr>
                            <th scope="row">{m.title.clone()}</th>
                            <td>{m.progress.clone()}</td>
                            <td>{m.due.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </DataTable>
        }
        .into_any()
    };
    let reflections = (!person.reflections.is_empty()).then(|| {
        view! {
            <h3>{t("person-reflections")}</h3>
            <ul class="plain-list notes">
                {person.reflections.iter().cloned().map(|line| view! { <RecordItem line/> }).collect_view()}
            </ul>
        }
    });
    view! {
        {table}
        <h3>{t("person-assign")}</h3>
        {crate::ui::done_notice(&state, "person-assigned")}
        <FormSummary state=state.clone()/>
        <PostForm action=AssignModule::url()>
            {hidden_jobseeker(person.jobseeker)}
            <SelectField state=state.clone() name=FIELD_MODULE label=t("person-module")
                options=person.module_choices.clone() any=t("person-module-choose")/>
            <TextField state name=FIELD_DUE kind="date" label=t("person-module-due") hint=t("plan-due-hint")/>
            <button type="submit" class="button">{t("person-assign-submit")}</button>
        </PostForm>
        {reflections}
    }
}

#[component]
fn Skills(person: PersonView) -> impl IntoView {
    let assessed: Vec<_> = person
        .skills
        .into_iter()
        .filter(|h| !h.assessments.is_empty())
        .collect();
    let profile_link = view! {
        <p><a class="button" href=crate::profile::coach_skills_path(person.jobseeker)>{t("person-open-skills")}</a></p>
    };
    if assessed.is_empty() {
        return view! { <p>{t("person-skills-none")}</p> {profile_link} }.into_any();
    }
    let progress = assessed
        .into_iter()
        .map(|history| {
            view! {
                <h3>{history.title.clone()}</h3>
                <SkillsProgress history level=4 links=false/>
            }
        })
        .collect_view();
    view! { {progress} {profile_link} }.into_any()
}

#[component]
fn Lines(lines: Vec<Line>, none: &'static str) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t(none)}</p> }.into_any();
    }
    view! {
        <ul>
            {lines.into_iter().map(|l| view! { <li>{l.label}": "{l.value}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn JobLines(lines: Vec<JobLine>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t("person-jobs-none")}</p> }.into_any();
    }
    view! {
        <ul>
            {lines.into_iter().map(|l| view! {
                <li><bdi lang=l.lang>{l.title}</bdi>" ("<bdi>{l.employer}</bdi>"): "{l.status}</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Notes(jobseeker: i64, notes: Vec<NoteLine>) -> impl IntoView {
    let state = FormState::take(FORM_NOTE);
    let list = if notes.is_empty() {
        view! { <p>{t("note-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list notes">
                {notes.into_iter().map(|line| view! { <RecordItem line/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        {change_notices([(FORM_NOTE_CORRECT, "note-corrected"), (FORM_NOTE_WITHDRAW, "note-withdrawn")])}
        {crate::ui::done_notice(&state, "note-added")}
        <FormSummary state=state.clone()/>
        <PostForm action=AddNote::url()>
            {hidden_jobseeker(jobseeker)}
            <TextAreaField state=state.clone() name=FIELD_BODY label=t("note-body") hint=t("note-body-hint")/>
            <CheckboxField state name=FIELD_SHARED label=t("note-share")/>
            <button type="submit" class="button">{t("note-submit")}</button>
        </PostForm>
        {list}
    }
}

#[component]
fn SignInHelp(jobseeker: i64) -> impl IntoView {
    let state = FormState::take(FORM_RESET_CODE);
    let code = issued_code(&state).map(|code| {
        view! {
            <div class="notice slip" id=FORM_RESET_CODE tabindex="-1">
                <p>{t("person-code-intro")}</p>
                <p class="code-display">{code}</p>
                <p>{t_args("person-code-instructions", &[("address", FluentValue::from(crate::accounts::public_address("/password/new")))])}</p>
            </div>
        }
    });
    view! {
        <p>{t_args("person-sign-in-help-intro", &[("days", FluentValue::from(crate::accounts::HANDED_CODE_DAYS))])}</p>
        {code}
        <FormSummary state/>
        <PostForm action=IssueResetCode::url()>
            {hidden_jobseeker(jobseeker)}
            <button type="submit" class="button button--secondary">{t("person-issue-code")}</button>
        </PostForm>
    }
}

/// Moving the jobseeker to another coach: the coach's own team is listed,
/// and any other coach of the service is found by name.
#[component]
fn Transfer(jobseeker: i64, transfer: TransferView) -> impl IntoView {
    let state = FormState::take(FORM_TRANSFER);
    if !transfer.others {
        return view! { <p>{t("transfer-no-coaches")}</p> }.into_any();
    }
    let found = transfer
        .found
        .as_ref()
        .filter(|found| !found.coaches.is_empty());
    // Found coaches come under labelled groups, which need no hint.
    let hint = match (found, transfer.team.is_empty()) {
        (Some(_), _) => None,
        (None, false) => Some(t("transfer-team-hint")),
        (None, true) => Some(t("transfer-no-team")),
    };
    let (options, groups) = match found {
        Some(found) => {
            // A teammate found by name is listed once, among those found.
            let team: Vec<_> = transfer
                .team
                .iter()
                .filter(|c| !found.coaches.iter().any(|f| f.value == c.value))
                .cloned()
                .collect();
            let team = (!team.is_empty()).then(|| ChoiceGroup {
                label: t("transfer-group-team"),
                choices: team,
            });
            let found = ChoiceGroup {
                label: t("transfer-group-found"),
                choices: found.coaches.clone(),
            };
            (Vec::new(), std::iter::once(found).chain(team).collect())
        }
        None => (transfer.team.clone(), Vec::new()),
    };
    let searched = found.map(|found| found.name.clone());
    let (select_hint, select_state, kept_search) = (hint.clone(), state.clone(), searched.clone());
    let form = (!options.is_empty() || !groups.is_empty()).then(|| view! {
        <PostForm action=TransferJobseeker::url()>
            {hidden_jobseeker(jobseeker)}
            {kept_search.map(|name| view! { <input type="hidden" name=FIELD_COACH_NAME value=name/> })}
            <SelectField state=select_state name=FIELD_COACH label=t("transfer-coach") hint=select_hint
                options groups any=t("transfer-choose")/>
            <button type="submit" class="button button--secondary">{t("transfer-submit")}</button>
        </PostForm>
    });
    let without_list = form
        .is_none()
        .then(|| hint.map(|hint| view! { <p>{hint}</p> }));
    view! {
        <p>{t("transfer-intro")}</p>
        {transfer.found.map(|found| view! { <FoundCoaches found/> })}
        // Drawn even without a list: a refused move says why.
        <FormSummary state/>
        {form}
        {without_list}
        <CoachSearch jobseeker searched/>
    }
    .into_any()
}

/// What a search for a coach by name found, where the search lands.
#[component]
fn FoundCoaches(found: FoundView) -> impl IntoView {
    let name = FluentValue::from(found.name);
    let count = FluentValue::from(found.coaches.len());
    let said = match (found.coaches.is_empty(), found.more) {
        (true, _) => t_args("transfer-found-none", &[("name", name)]),
        (false, false) => t_args("transfer-found", &[("count", count), ("name", name)]),
        (false, true) => t_args("transfer-found-more", &[("shown", count), ("name", name)]),
    };
    view! { <p class="notice" id=FORM_TRANSFER_FIND tabindex="-1">{said}</p> }
}

/// The search for a coach by name, among all the service's coaches; the name
/// last searched for stays in its field.
#[component]
fn CoachSearch(jobseeker: i64, searched: Option<String>) -> impl IntoView {
    let state = FormState::take(FORM_TRANSFER_FIND);
    let typed = searched.unwrap_or_else(|| state.value(FIELD_COACH_NAME));
    view! {
        <h3>{t("transfer-find-heading")}</h3>
        <FormSummary state=state.clone()/>
        <PostForm action=FindCoach::url()>
            {hidden_jobseeker(jobseeker)}
            // Names searched for are not worth the browser's keeping.
            <TextField state name=FIELD_COACH_NAME label=t("transfer-find-name") hint=t("transfer-find-hint")
                autocomplete="off" value=typed/>
            <button type="submit" class="button button--secondary">{t("transfer-find-submit")}</button>
        </PostForm>
    }
}
