//! `/skills/{framework}/check`: every answer before sending, each with a link
//! to change it; sending scores the assessment and keeps it in the history.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

#[cfg(feature = "ssr")]
use super::{check_path, question_path, results_path, start_path};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{BackLink, FormState, FormSummary, PostForm},
};

const FORM: &str = "skills-submit";
/// The field a submission with no answers at all is about: the first
/// question's "Change" link, where answering starts.
const FIELD_ANSWERS: &str = "answers";

/// Sends the draft: scores it and shows its results.
#[server(prefix = "/api", endpoint = "skills-submit")]
pub async fn submit_assessment(framework: String) -> Result<(), AppError> {
    let result = super::server::submit(&framework).await;
    let next = match &result {
        Ok(assessment_id) => results_path(*assessment_id),
        Err(_) => check_path(&framework),
    };
    crate::forms::answer_form_post_to(FORM, Vec::new(), &result, &check_path(&framework), &next);
    result.map(|_| ())
}

/// A question and its answer, as the check page lists it.
#[derive(Clone, Debug)]
struct Row {
    text: String,
    /// The answer's message id; `None` when not answered yet.
    answer_key: Option<&'static str>,
    change: String,
}

/// An area's questions.
#[derive(Clone, Debug)]
struct AreaRows {
    name: String,
    rows: Vec<Row>,
}

#[derive(Clone, Debug)]
struct CheckView {
    framework_id: String,
    title: String,
    areas: Vec<AreaRows>,
    answered: usize,
    skipped: usize,
    count: usize,
    last_question: String,
}

/// `/skills/{framework}/check`.
#[component]
pub fn CheckPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <CheckContent/>
        </Protected>
    }
}

#[component]
fn CheckContent() -> impl IntoView {
    let framework = super::param("framework");
    super::loaded_page(
        move || load(framework.clone()),
        |loaded: Result<CheckView, String>| match loaded {
            Ok(check) => view! { <CheckView check/> }.into_any(),
            Err(start) => crate::ui::go_to(start).into_any(),
        },
    )
}

/// The draft's answers, or the start page's address when there is no draft
/// (e.g. after sending it, the browser's back button lands here).
async fn load(framework_id: String) -> Result<Result<CheckView, String>, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::types::answer_key;
        let Some((framework, draft)) = super::server::draft(&framework_id).await? else {
            return Ok(Err(start_path(&framework_id)));
        };
        let questions = framework.questions(draft.mode);
        let change =
            |statement: &str| format!("{}?then=check", question_path(&framework_id, statement));
        let areas = framework
            .areas
            .iter()
            .map(|area| AreaRows {
                name: format!("{} {}", area.number, area.name),
                rows: questions
                    .iter()
                    .filter(|q| q.area.id == area.id)
                    .map(|q| Row {
                        text: q.statement.text.clone(),
                        answer_key: draft.answers.get(&q.statement.id).map(|a| answer_key(*a)),
                        change: change(&q.statement.id),
                    })
                    .collect(),
            })
            .collect();
        let given = |q: &&super::types::Question| draft.answers.get(&q.statement.id).copied();
        Ok(Ok(CheckView {
            answered: questions
                .iter()
                .filter(|q| given(q).flatten().is_some())
                .count(),
            skipped: questions.iter().filter(|q| given(q) == Some(None)).count(),
            count: questions.len(),
            last_question: questions.last().map_or_else(
                || start_path(&framework_id),
                |q| question_path(&framework_id, &q.statement.id),
            ),
            title: framework.title,
            framework_id,
            areas,
        }))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = framework_id;
        Err(AppError::Internal)
    }
}

#[component]
fn CheckView(check: CheckView) -> impl IntoView {
    let state = FormState::take(FORM);
    let first_change_id = state.field_id(FIELD_ANSWERS);
    let count = |n: usize| FluentValue::from(n);
    let mut first = true;
    let areas = check
        .areas
        .into_iter()
        .filter(|area| !area.rows.is_empty())
        .map(|area| {
            let rows = area
                .rows
                .into_iter()
                .map(|row| {
                    let id = std::mem::take(&mut first).then(|| first_change_id.clone());
                    view! { <AnswerRow row id/> }
                })
                .collect_view();
            view! {
                <h2>{area.name}</h2>
                <dl class="summary-list summary-list--actions">{rows}</dl>
            }
        })
        .collect_view();
    view! {
        <Title text=t_args("skills-check-page-title", &[("framework", FluentValue::from(check.title.clone()))])/>
        <BackLink href=check.last_question label=t("skills-back")/>
        <FormSummary state/>
        <h1>{t("skills-check-title")}</h1>
        <p class="caption">{check.title}</p>
        <p>{t_args("skills-check-counts", &[
            ("answered", count(check.answered)),
            ("skipped", count(check.skipped)),
            ("count", count(check.count)),
        ])}</p>
        {areas}
        <h2>{t("skills-send-heading")}</h2>
        <p>{t("skills-send-body")}</p>
        <p class="notice">{t("skills-coach-sees")}</p>
        <PostForm action=SubmitAssessment::url()>
            <input type="hidden" name="framework" value=check.framework_id/>
            <button type="submit" class="button">{t("skills-send")}</button>
        </PostForm>
    }
}

#[component]
fn AnswerRow(row: Row, id: Option<String>) -> impl IntoView {
    let (answer, action) = match row.answer_key {
        Some(key) => (t(key), "skills-change"),
        None => (t("skills-not-answered"), "skills-answer-now"),
    };
    view! {
        <div>
            <dt>{row.text.clone()}</dt>
            <dd>{answer}</dd>
            <dd class="summary-list__action">
                <a href=row.change id=id>
                    {t(action)}<span class="visually-hidden">": "{row.text}</span>
                </a>
            </dd>
        </div>
    }
}
