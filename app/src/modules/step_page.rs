//! A step of a module, its plain-form answer endpoint, and the module's
//! address that resumes where the person left off.

// `save_step` takes the form's fields as arguments (the macro drops an
// attribute on the function itself); a struct would rename them.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    ModulePlayer,
    player_data::{OFFLINE_COPY, PlayerData},
};
#[cfg(feature = "ssr")]
use super::{
    player::FORM,
    player_data::{PlayerTexts, done_path, step_path},
    types::Answer,
};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
};

/// Saves the answer to one step. A plain post goes on to the next step (or
/// back to a question's feedback); the player's browser side calls it for
/// every answer, including ones kept while offline, and also says how long
/// ago the answer was given (`given_ms_ago`) and by whom (`owner`), so a late
/// replay never overwrites a newer answer and never lands in another
/// person's account signed in on the same phone since.
#[server(prefix = "/api", endpoint = "module-answer")]
pub async fn save_step(
    module: String,
    step: String,
    answer_id: String,
    choices: Option<Vec<String>>,
    text: Option<String>,
    shared: Option<String>,
    given_ms_ago: Option<u64>,
    owner: Option<i64>,
    only_if_new: Option<String>,
) -> Result<(), AppError> {
    let given = Answer {
        choices: choices.unwrap_or_default(),
        text: text.unwrap_or_default(),
        shared: shared.as_deref() == Some("yes"),
    };
    let mut values = vec![
        ("step".to_owned(), step.clone()),
        ("text".to_owned(), given.text.clone()),
        ("shared".to_owned(), shared.unwrap_or_default()),
    ];
    values.extend(
        given
            .choices
            .iter()
            .map(|c| ("choices[]".to_owned(), c.clone())),
    );
    let sent = super::server::Sent {
        answer_id,
        given_ms_ago: given_ms_ago.unwrap_or(0),
        owner,
        only_if_new: only_if_new.as_deref() == Some("yes"),
    };
    let result = super::server::save_answer(&module, &step, &sent, given).await;
    let here = step_path(&module, &step);
    let next = match &result {
        Ok(saved) if saved.is_question => here.clone(),
        Ok(saved) => saved
            .next
            .as_deref()
            .map_or_else(|| done_path(&module), |next| step_path(&module, next)),
        Err(_) => here.clone(),
    };
    crate::forms::answer_form_post_to(FORM, values, &result, &here, &next);
    result.map(|_| ())
}

/// One step of a module.
#[component]
pub fn StepPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <StepContent/>
        </Protected>
    }
}

#[component]
fn StepContent() -> impl IntoView {
    let module = super::module_param();
    let step = use_params_map().with_untracked(|p| p.get("step").unwrap_or_default());
    let offline_copy = use_query_map().with_untracked(|q| {
        q.get("for")
            .is_some_and(|v| format!("for={v}") == OFFLINE_COPY)
    });
    super::loaded_page(
        move || load_player(module.clone(), step.clone(), offline_copy),
        |data: PlayerData| {
            let title = data
                .steps
                .get(data.current)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            view! { <Title text=title/><ModulePlayer data/> }
        },
    )
}

/// The problems a step's answer can have, for the player to show.
#[cfg(feature = "ssr")]
const MESSAGE_IDS: [&str; 8] = [
    "module-error-choose-one",
    "module-error-choose-some",
    "module-error-write-answer",
    "module-error-too-long",
    "error-internal",
    "error-not-found",
    "error-bad-request",
    "error-forbidden",
];

#[cfg(feature = "ssr")]
fn player_texts(
    current: usize,
    steps: usize,
    fallback: Option<crate::i18n::Locale>,
) -> PlayerTexts {
    use crate::i18n::{FluentValue, t, t_args};
    let position = t_args(
        "module-step-position",
        &[
            ("n", FluentValue::from(current + 1)),
            ("count", FluentValue::from(steps)),
        ],
    );
    PlayerTexts {
        position,
        fallback_notice: fallback
            .map(super::fallback_notice)
            .map(t)
            .unwrap_or_default(),
        all_modules: t("module-all-modules"),
        back: t("module-back"),
        continue_label: t("module-continue"),
        check_answer: t("module-check-answer"),
        save_changed: t("module-save-changed"),
        your_answer: t("module-your-answer"),
        right: t("module-answer-right"),
        not_right: t("module-answer-not-right"),
        change_answer: t("module-change-answer"),
        transcript: t("module-transcript"),
        captions_label: t("module-captions-label"),
        video_fallback: t("module-video-fallback"),
        reflection_hint: t("module-reflection-hint"),
        share_with_coach: t("module-share-with-coach"),
        error_summary_title: t("form-error-summary-title"),
        error_prefix: t("form-error-prefix"),
        offline: t("module-offline"),
        waiting: t_args("module-waiting", &[("count", FluentValue::from("{count}"))]),
        all_sent: t("module-all-sent"),
        finished_offline: t("module-finished-offline"),
        sign_in_to_send: t_args(
            "module-sign-in-to-send",
            &[("count", FluentValue::from("{count}"))],
        ),
        sign_in: t("module-sign-in-link"),
        trying_again: t_args(
            "module-trying-again",
            &[("count", FluentValue::from("{count}"))],
        ),
        refused: t_args("module-refused", &[("count", FluentValue::from("{count}"))]),
        messages: MESSAGE_IDS
            .iter()
            .map(|id| ((*id).to_owned(), t(id)))
            .collect(),
        words_heading: t("words-explained"),
        words: Vec::new(),
        listen: crate::read_aloud::listen_texts(),
    }
}

/// The player's data; for an offline copy without the person's answers.
async fn load_player(
    module_id: String,
    step_id: String,
    offline_copy: bool,
) -> Result<PlayerData, AppError> {
    #[cfg(feature = "ssr")]
    {
        let me = crate::accounts::require_role(&[Role::Jobseeker])?;
        let module = super::server::module(&module_id).await?;
        let current = module
            .text
            .steps
            .iter()
            .position(|s| s.id == step_id)
            .ok_or(AppError::NotFound)?;
        let locale = crate::i18n::use_locale();
        let content_locale = module.fallback.unwrap_or(locale).lang();
        let mut texts = player_texts(current, module.text.steps.len(), module.fallback);
        texts.words = module.words;
        Ok(PlayerData {
            module_title: module.text.title,
            content_lang: module.fallback.map(|shown| shown.lang().to_owned()),
            texts,
            steps: module.text.steps,
            answers: if offline_copy {
                std::collections::HashMap::new()
            } else {
                module.answers
            },
            current,
            answer_id: super::server::new_answer_id(),
            owner: me.account_id,
            answers_shown: !offline_copy,
            // Taking the flash would spend it on the copy.
            draft: if offline_copy {
                None
            } else {
                draft_of(&step_id)
            },
            captions_lang: content_locale.to_owned(),
            module_id,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (module_id, step_id, offline_copy);
        Err(AppError::Internal)
    }
}

/// What a failed plain post of this step typed, and why it failed.
#[cfg(feature = "ssr")]
fn draft_of(step_id: &str) -> Option<(Answer, String)> {
    let flash = crate::forms::take_flash(FORM).filter(|f| !f.done)?;
    if flash.value("step") != step_id {
        return None;
    }
    let key = flash
        .errors
        .first()
        .map(|e| e.key.clone())
        .or(flash.problem.clone())?;
    let answer = Answer {
        choices: flash
            .values
            .iter()
            .filter(|(name, _)| name == "choices[]")
            .map(|(_, value)| value.clone())
            .collect(),
        text: flash.value("text"),
        shared: flash.value("shared") == "yes",
    };
    Some((answer, key))
}

/// `/modules/{module}`: straight to the first step not done yet, or to the
/// completion page when all are.
#[component]
pub fn ModuleStartPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <StartContent/>
        </Protected>
    }
}

#[component]
fn StartContent() -> impl IntoView {
    let module = super::module_param();
    super::loaded_page(move || resume_path(module.clone()), crate::ui::go_to)
}

async fn resume_path(module_id: String) -> Result<String, AppError> {
    #[cfg(feature = "ssr")]
    {
        let module = super::server::module(&module_id).await?;
        Ok(match module.first_unfinished() {
            Some(step) => step_path(&module_id, step),
            None => done_path(&module_id),
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = module_id;
        Err(AppError::Internal)
    }
}
