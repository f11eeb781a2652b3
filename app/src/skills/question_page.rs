//! `/skills/{framework}/questions/{statement}`: one question per page, with
//! its place in the assessment, a skip, and "save and come back later".

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::types::SCALE;
#[cfg(feature = "ssr")]
use super::{check_path, question_path, start_path};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    read_aloud::ListenToPage,
    ui::{BackLink, Choice, FormState, FormSummary, PostForm, RadioField},
};

pub(super) const FORM: &str = "skills-question";
/// The buttons of a question, as the form sends them.
const SKIP: &str = "skip";
pub(super) const LATER: &str = "later";
/// `then=check`: the question was opened from the check page, and goes back there.
const THEN_CHECK: &str = "check";

/// Keeps an answer (or a skip) and goes to the next question, the check
/// page, or, for "save and come back later", the assessment's start page.
#[server(prefix = "/api", endpoint = "skills-answer")]
pub async fn answer_question(
    framework: String,
    statement: String,
    value: Option<String>,
    action: Option<String>,
    then: Option<String>,
) -> Result<(), AppError> {
    use super::server::FIELD_VALUE;
    let action = action.unwrap_or_default();
    let value = value.filter(|v| !v.is_empty());
    let from_check = then.as_deref() == Some(THEN_CHECK);
    let result = match (action.as_str(), value.as_deref()) {
        (SKIP, _) => super::server::answer(&framework, &statement, None).await,
        (LATER, None) => Ok(None),
        (_, None) => Err(AppError::field(FIELD_VALUE, "skills-error-choose-answer")),
        (_, Some(given)) => super::server::answer(&framework, &statement, Some(given)).await,
    };
    let here = match from_check {
        true => format!(
            "{}?then={THEN_CHECK}",
            question_path(&framework, &statement)
        ),
        false => question_path(&framework, &statement),
    };
    let next = match (&result, action.as_str()) {
        (_, LATER) => start_path(&framework),
        (Ok(Some(next)), _) if !from_check => question_path(&framework, next),
        _ => check_path(&framework),
    };
    let mut flash = crate::forms::FormOutcome::from_result(
        FORM,
        vec![
            ("statement".to_owned(), statement),
            ("action".to_owned(), action.clone()),
        ],
        &result,
    );
    // The start page thanks the person for a saved "come back later".
    if flash.done {
        flash.values = vec![("action".to_owned(), action)];
    }
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), &here, &next);
    result.map(|_| ())
}

/// A question as its page shows it.
#[derive(Clone, Debug)]
struct QuestionView {
    framework_id: String,
    statement_id: String,
    text: String,
    area: String,
    /// 1-based place among the draft's questions, and their number.
    position: usize,
    count: usize,
    /// Questions answered or skipped so far.
    done: usize,
    /// The saved answer: a value, or `Some(None)` when skipped.
    answer: Option<Option<i16>>,
    back: String,
    from_check: bool,
}

/// `/skills/{framework}/questions/{statement}`.
#[component]
pub fn QuestionPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <QuestionContent/>
        </Protected>
    }
}

#[component]
fn QuestionContent() -> impl IntoView {
    let framework = super::param("framework");
    let statement = super::param("statement");
    let from_check =
        use_query_map().with_untracked(|q| q.get("then").as_deref() == Some(THEN_CHECK));
    super::loaded_page(
        move || load(framework.clone(), statement.clone(), from_check),
        |loaded: Result<QuestionView, String>| match loaded {
            Ok(question) => view! { <QuestionView question/> }.into_any(),
            Err(start) => crate::ui::go_to(start).into_any(),
        },
    )
}

/// The question, or where to go instead: the start page when there is no
/// draft, the check page when the draft's length does not ask this question
/// (e.g. the browser's back button after switching to the short one).
async fn load(
    framework_id: String,
    statement_id: String,
    from_check: bool,
) -> Result<Result<QuestionView, String>, AppError> {
    #[cfg(feature = "ssr")]
    {
        let Some((framework, draft)) = super::server::draft(&framework_id).await? else {
            return Ok(Err(start_path(&framework_id)));
        };
        let questions = framework.questions(draft.mode);
        let Some(n) = questions
            .iter()
            .position(|q| q.statement.id == statement_id)
        else {
            let asked_elsewhere = framework
                .questions(super::types::Mode::Full)
                .iter()
                .any(|q| q.statement.id == statement_id);
            return match asked_elsewhere {
                true => Ok(Err(check_path(&framework_id))),
                false => Err(AppError::NotFound),
            };
        };
        let question = questions[n];
        let back = match (from_check, n.checked_sub(1)) {
            (true, _) => check_path(&framework_id),
            (false, Some(previous)) => {
                question_path(&framework_id, &questions[previous].statement.id)
            }
            (false, None) => start_path(&framework_id),
        };
        Ok(Ok(QuestionView {
            text: question.statement.text.clone(),
            area: question.area.name.clone(),
            position: n + 1,
            count: questions.len(),
            done: framework.asked_answers(draft.mode, &draft.answers).len(),
            answer: draft.answers.get(&statement_id).copied(),
            framework_id,
            statement_id,
            back,
            from_check,
        }))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (framework_id, statement_id, from_check);
        Err(AppError::Internal)
    }
}

/// The flash of a failed post of this question; another question's is not ours.
fn state_for(statement_id: &str) -> FormState {
    let state = FormState::take(FORM);
    if state.value("statement") == statement_id {
        state
    } else {
        FormState {
            form: FORM,
            ..FormState::default()
        }
    }
}

#[component]
fn QuestionView(question: QuestionView) -> impl IntoView {
    let state = state_for(&question.statement_id);
    let place = |key| {
        t_args(
            key,
            &[
                ("n", FluentValue::from(question.position)),
                ("count", FluentValue::from(question.count)),
                ("area", FluentValue::from(question.area.clone())),
            ],
        )
    };
    let position = place("skills-question-position");
    let caption = place("skills-question-caption");
    let options = SCALE
        .iter()
        .map(|(value, key)| Choice::new(scale_value(*value), t(key)))
        .collect();
    let checked = question
        .answer
        .flatten()
        .map(|v| scale_value(v).to_owned())
        .unwrap_or_default();
    let skipped = question.answer == Some(None);
    // Skipping an answered question would throw its answer away.
    let answered = matches!(question.answer, Some(Some(_)));
    view! {
        <Title text=format!("{position}: {}", question.text)/>
        <BackLink href=question.back.clone() label=t("skills-back")/>
        <FormSummary state=state.clone()/>
        // The caption in the heading says the same to screen readers.
        <progress aria-hidden="true" max=question.count value=question.done></progress>
        <ListenToPage/>
        <PostForm action=AnswerQuestion::url()>
            <input type="hidden" name="framework" value=question.framework_id.clone()/>
            <input type="hidden" name="statement" value=question.statement_id.clone()/>
            {question.from_check.then(|| view! { <input type="hidden" name="then" value=THEN_CHECK/> })}
            <RadioField state name="value" legend=question.text.clone() legend_is_heading=true
                caption
                hint=t(if skipped { "skills-question-hint-skipped" } else { "skills-question-hint" })
                options checked/>
            <div class="button-group">
                <button type="submit" class="button" name="action" value="continue">
                    {t("skills-continue")}
                </button>
                {(!answered).then(|| view! {
                    <button type="submit" class="button button--secondary" name="action" value=SKIP>
                        {t("skills-skip")}
                    </button>
                })}
            </div>
            <p>
                <button type="submit" class="link-button" name="action" value=LATER>
                    {t("skills-save-later")}
                </button>
            </p>
        </PostForm>
    }
}

/// A scale value as the form sends it.
fn scale_value(value: i16) -> &'static str {
    match value {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4",
    }
}
