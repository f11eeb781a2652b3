//! The page of one note or one outcome of a jobseeker:
//! `…/notes/{note}` and `…/outcomes/{outcome}`. Any coach of the person
//! reads its history there; its author can correct it (the version it
//! replaces is kept) or withdraw it (it stays, marked as withdrawn).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    CASELOAD, jobseeker_path,
    outcomes::{FIELD_SINCE, FIELD_SITUATION, SITUATIONS},
    person_fns::{
        CorrectNote, CorrectOutcome, FIELD_BODY, FIELD_SHARED, FORM_NOTE_CORRECT,
        FORM_NOTE_WITHDRAW, FORM_OUTCOME_CORRECT, FORM_OUTCOME_WITHDRAW, WithdrawNote,
        WithdrawOutcome,
    },
    person_page::{RecordItem, hidden_jobseeker},
    views::RecordView,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, CheckboxField, Choice, FormState, FormSummary, PostForm, SelectField,
        TextAreaField, TextField, id_param,
    },
};

async fn load_note(jobseeker: i64, note: i64) -> Result<RecordView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let record = super::person::note_record(jobseeker, note).await?;
        Ok(super::views::note_record_view(jobseeker, record))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, note);
        Err(AppError::Internal)
    }
}

async fn load_outcome(jobseeker: i64, outcome: i64) -> Result<RecordView, AppError> {
    #[cfg(feature = "ssr")]
    {
        let record = super::person::outcome_record(jobseeker, outcome).await?;
        Ok(super::views::outcome_record_view(jobseeker, record))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (jobseeker, outcome);
        Err(AppError::Internal)
    }
}

/// `/coach/jobseekers/{jobseeker}/notes/{note}`.
#[component]
pub fn NotePage() -> impl IntoView {
    let (jobseeker, note) = (id_param("jobseeker"), id_param("note"));
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_note(jobseeker, note), |record| view! { <Note record/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// `/coach/jobseekers/{jobseeker}/outcomes/{outcome}`.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let (jobseeker, outcome) = (id_param("jobseeker"), id_param("outcome"));
    view! {
        <Protected roles=&[Role::Coach]>
            {crate::ui::loaded_page(move || load_outcome(jobseeker, outcome), |record| view! { <Outcome record/> }, CASELOAD, "caseload-back")}
        </Protected>
    }
}

/// The heading, the record as it stands and its earlier versions.
fn record_head(title_key: &str, record: &RecordView) -> impl IntoView + use<> {
    let heading = t_args(
        title_key,
        &[("name", FluentValue::from(record.name.clone()))],
    );
    let versions = (!record.versions.is_empty()).then(|| {
        view! {
            <h2>{t("record-versions")}</h2>
            <ul class="plain-list notes">
                {record.versions.iter().cloned().map(|line| view! { <RecordItem line/> }).collect_view()}
            </ul>
        }
    });
    view! {
        <Title text=heading.clone()/>
        <BackLink href=jobseeker_path(record.jobseeker) label=t("record-back")/>
        <h1>{heading}</h1>
        <ul class="plain-list notes"><RecordItem line=record.current.clone()/></ul>
        {versions}
        {(!record.correctable).then(|| view! { <p>{t("record-only-author")}</p> })}
    }
}

/// The stored value of `field`, unless the last post was refused and left
/// what was typed.
fn shown(state: &FormState, record: &RecordView, field: &str) -> String {
    if state.outcome.values.is_empty() {
        record
            .stored
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    } else {
        state.value(field)
    }
}

/// The withdraw form: what withdrawing does, and the button.
fn withdraw_form(
    form: &'static str,
    action: &'static str,
    (jobseeker, id): (i64, i64),
    id_field: &'static str,
    keys: [&'static str; 3],
) -> impl IntoView + use<> {
    let [heading, intro, submit] = keys;
    let state = FormState::take(form);
    view! {
        <h2 id=form tabindex="-1">{t(heading)}</h2>
        <FormSummary state/>
        <p>{t(intro)}</p>
        <PostForm action>
            {hidden_jobseeker(jobseeker)}
            <input type="hidden" name=id_field value=id.to_string()/>
            <button type="submit" class="button button--warning">{t(submit)}</button>
        </PostForm>
    }
}

#[component]
fn Note(record: RecordView) -> impl IntoView {
    let head = record_head("note-page-title", &record);
    let state = FormState::take(FORM_NOTE_CORRECT);
    // A correction refused because the note was withdrawn meanwhile still says so.
    let refused = (!record.correctable).then(|| view! { <FormSummary state=state.clone()/> });
    let forms = record.correctable.then(|| {
        let body = shown(&state, &record, FIELD_BODY);
        let shared = shown(&state, &record, FIELD_SHARED) == "yes";
        view! {
            <h2>{t("note-correct")}</h2>
            <FormSummary state=state.clone()/>
            <PostForm action=CorrectNote::url()>
                {hidden_jobseeker(record.jobseeker)}
                <input type="hidden" name="note" value=record.id.to_string()/>
                <TextAreaField state=state.clone() name=FIELD_BODY label=t("note-correct-body")
                    hint=t("note-body-hint") value=body/>
                <CheckboxField state name=FIELD_SHARED label=t("note-share") checked=shared/>
                <button type="submit" class="button">{t("record-correct-submit")}</button>
            </PostForm>
            {withdraw_form(FORM_NOTE_WITHDRAW, WithdrawNote::url(), (record.jobseeker, record.id), "note",
                ["note-withdraw", "note-withdraw-intro", "note-withdraw"])}
        }
    });
    view! { {head} {refused} {forms} }
}

#[component]
fn Outcome(record: RecordView) -> impl IntoView {
    let head = record_head("outcome-page-title", &record);
    let state = FormState::take(FORM_OUTCOME_CORRECT);
    let refused = (!record.correctable).then(|| view! { <FormSummary state=state.clone()/> });
    let forms = record.correctable.then(|| {
        let situation = shown(&state, &record, FIELD_SITUATION);
        let since = shown(&state, &record, FIELD_SINCE);
        view! {
            <h2>{t("outcome-correct")}</h2>
            <FormSummary state=state.clone()/>
            <PostForm action=CorrectOutcome::url()>
                {hidden_jobseeker(record.jobseeker)}
                <input type="hidden" name="outcome" value=record.id.to_string()/>
                <SelectField state=state.clone() name=FIELD_SITUATION label=t("outcome-correct-situation")
                    options=Choice::named("outcome", SITUATIONS) selected=situation/>
                <TextField state name=FIELD_SINCE kind="date" label=t("outcome-since")
                    hint=t("outcome-since-hint") value=since/>
                <button type="submit" class="button">{t("record-correct-submit")}</button>
            </PostForm>
            {withdraw_form(FORM_OUTCOME_WITHDRAW, WithdrawOutcome::url(), (record.jobseeker, record.id), "outcome",
                ["outcome-withdraw", "outcome-withdraw-intro", "outcome-withdraw"])}
        }
    });
    view! { {head} {refused} {forms} }
}
