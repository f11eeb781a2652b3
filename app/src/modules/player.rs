//! The module player: one step at a time, a plain form per step that works
//! without JavaScript. The browser side (`app/enhance/src/player.rs`, the
//! small WASM) moves between steps without reloading, moves focus to the new
//! step's heading, and keeps answers given offline until they can be sent:
//! what it needs to know and say is in the `data-` attributes here.

use std::{collections::HashMap, sync::Arc};

use leptos::{prelude::*, server_fn::ServerFn};

use super::{
    SaveStep,
    answer::FIELD_ANSWER,
    player_data::{PlayerData, PlayerTexts, done_path, step_path},
    types::{Answer, AnswerType, Choice, Item, MAX_ANSWER_CHARS, Step, StepContent},
};
use crate::{
    glossary::views::WordsExplained,
    read_aloud::{ListenControls, MAIN},
    ui::{ErrorSummary, FieldMessage, SummaryItem},
};

/// The form's name: the prefix of its element ids and of its flash.
pub const FORM: &str = "module-step";

/// The element id of the answer field (the first input of a group).
fn answer_id_attr() -> String {
    format!("{FORM}-{FIELD_ANSWER}")
}

/// Where the player is and what it knows, shared by its parts. Drawn once,
/// on the server: plain data, no signals.
struct Player {
    module_id: String,
    steps: Vec<Step>,
    texts: PlayerTexts,
    answers: HashMap<String, Answer>,
    /// The message id of the current step's problem, after a failed plain post.
    error: Option<String>,
    /// What was typed before a failed plain post.
    draft: Option<Answer>,
}

impl Player {
    fn count(&self) -> usize {
        self.steps.len()
    }

    fn path_of(&self, n: usize) -> String {
        match self.steps.get(n) {
            Some(step) => step_path(&self.module_id, &step.id),
            None => done_path(&self.module_id),
        }
    }
}

#[component]
pub fn ModulePlayer(data: PlayerData) -> impl IntoView {
    let (draft, error) = data
        .draft
        .map_or((None, None), |(answer, key)| (Some(answer), Some(key)));
    let player = Arc::new(Player {
        module_id: data.module_id,
        steps: data.steps,
        texts: data.texts,
        answers: data.answers,
        error,
        draft,
    });
    let texts = &player.texts;
    let steps: Vec<String> = (0..player.count()).map(|n| player.path_of(n)).collect();
    let fallback_notice = data
        .content_lang
        .as_ref()
        .map(|_| view! { <p class="notice">{texts.fallback_notice.clone()}</p> });
    let step = player.steps.get(data.current).cloned().map(|step| view! {
        <StepView player=player.clone() n=data.current step module_title=data.module_title
            content_lang=data.content_lang answer_id=data.answer_id captions_lang=data.captions_lang/>
    });
    view! {
        <div class="player" data-enhance="" data-module=player.module_id.clone() data-owner=data.owner
            data-here=player.path_of(data.current) data-steps=steps.join(" ")
            data-answers-shown=data.answers_shown.to_string()
            data-text-offline=texts.offline.clone() data-text-waiting=texts.waiting.clone()
            data-text-all-sent=texts.all_sent.clone() data-text-finished-offline=texts.finished_offline.clone()
            data-text-sign-in-to-send=texts.sign_in_to_send.clone() data-text-sign-in=texts.sign_in.clone()
            data-text-trying-again=texts.trying_again.clone() data-text-refused=texts.refused.clone()>
            <nav class="player__exit" aria-label=texts.all_modules.clone()>
                <a href="/modules">{texts.all_modules.clone()}</a>
            </nav>
            {fallback_notice}
            // What the browser side says about sending answers; empty without it.
            <p class="player__status" role="status"></p>
            {step}
        </div>
    }
}

#[component]
fn StepView(
    player: Arc<Player>,
    n: usize,
    step: Step,
    module_title: String,
    content_lang: Option<String>,
    answer_id: String,
    captions_lang: String,
) -> impl IntoView {
    let count = player.count();
    let texts = &player.texts;
    let saved = player.answers.get(&step.id).cloned();
    let answered_question = matches!(step.content, StepContent::Question { .. }) && saved.is_some();
    let shown = player.draft.clone().or(saved.clone()).unwrap_or_default();
    let lang = content_lang.clone();
    let video = match &step.content {
        StepContent::Video {
            video,
            captions,
            transcript,
        } => Some(view! {
            <VideoView player=player.clone() video=video.clone() captions=captions.clone()
                transcript=transcript.clone() lang=lang.clone() captions_lang/>
        }),
        _ => None,
    };
    let feedback = answered_question.then(|| view! {
        <Feedback player=player.clone() step=step.clone() answer=saved.clone().unwrap_or_default() lang=lang.clone() n/>
    });
    let back = (n > 0).then(|| {
        view! {
            <p class="player__back">
                <a href=player.path_of(n - 1)>{texts.back.clone()}</a>
            </p>
        }
    });
    view! {
        <p class="player__position" id="step-position">
            <span lang=lang.clone()>{module_title}</span>" · "{texts.position.clone()}
        </p>
        <progress class="player__progress" max=count value=n + 1 aria-labelledby="step-position"></progress>
        <ProblemSummary player=player.clone() needs=needs(&step.content)/>
        <h1 tabindex="-1" lang=lang.clone()>{step.title.clone()}</h1>
        <ListenControls lang=lang.clone() target=MAIN.to_owned() texts=texts.listen.clone()/>
        {step.body.clone().map(|html| view! { <div class="prose" lang=lang.clone() inner_html=html></div> })}
        {video}
        {feedback}
        <StepForm player=player.clone() n step=step.clone() answer=shown answered=answered_question answer_id lang/>
        {back}
        <WordsExplained words=texts.words_of(&step) heading=texts.words_heading.clone() lang=content_lang/>
    }
}

/// What a step's answer must give (the message id of its problem when it
/// does not): the browser side checks it before keeping an answer offline,
/// and shows the problem rendered hidden here.
fn needs(content: &StepContent) -> Option<&'static str> {
    match content {
        StepContent::Question {
            answer: AnswerType::Single,
            ..
        } => Some("module-error-choose-one"),
        StepContent::Question {
            answer: AnswerType::Multiple,
            ..
        } => Some("module-error-choose-some"),
        StepContent::Question {
            answer: AnswerType::Text,
            ..
        } => Some("module-error-write-answer"),
        _ => None,
    }
}

/// The `data-needs` the browser side checks, for a step's [`needs`].
fn needs_name(key: &str) -> &'static str {
    match key {
        "module-error-choose-one" => "one",
        "module-error-choose-some" => "some",
        _ => "text",
    }
}

/// The step's problem: shown after a plain post that failed, else rendered
/// hidden for the browser side to show (`.player__problem`).
#[component]
fn ProblemSummary(player: Arc<Player>, needs: Option<&'static str>) -> impl IntoView {
    let shown = player.error.clone();
    let key = shown.clone().or(needs.map(str::to_owned));
    key.map(|key| {
        let message = player.texts.message(&key);
        view! {
            <div class="player__problem" hidden=shown.is_none()>
                <ErrorSummary
                    title=player.texts.error_summary_title.clone()
                    items=vec![SummaryItem { target: Some(answer_id_attr()), message }]
                    id=format!("{FORM}-error-summary")
                />
            </div>
        }
    })
}

#[component]
fn VideoView(
    player: Arc<Player>,
    video: String,
    captions: String,
    transcript: String,
    lang: Option<String>,
    captions_lang: String,
) -> impl IntoView {
    view! {
        <video class="player__video" controls preload="metadata" src=video>
            <track kind="captions" src=captions srclang=captions_lang label=player.texts.captions_label.clone() default/>
            {player.texts.video_fallback.clone()}
        </video>
        <h2>{player.texts.transcript.clone()}</h2>
        <div class="prose transcript" lang=lang inner_html=transcript></div>
    }
}

/// What the person answered to a question, and what to learn from it.
#[component]
fn Feedback(
    player: Arc<Player>,
    n: usize,
    step: Step,
    answer: Answer,
    lang: Option<String>,
) -> impl IntoView {
    let StepContent::Question {
        answer: kind,
        options,
        feedback,
        ..
    } = step.content
    else {
        return ().into_any();
    };
    let has_right_answer = options.iter().any(|o| o.correct);
    let chosen: Vec<Choice> = options
        .into_iter()
        .filter(|o| answer.choices.contains(&o.id))
        .collect();
    let verdict = |choice: &Choice| {
        has_right_answer.then(|| {
            if choice.correct {
                player.texts.right.clone()
            } else {
                player.texts.not_right.clone()
            }
        })
    };
    let next = player.path_of(n + 1);
    view! {
        <section class="answer-feedback" id=FORM aria-labelledby="feedback-heading">
            <h2 id="feedback-heading" tabindex="-1">{player.texts.your_answer.clone()}</h2>
            {(kind == AnswerType::Text).then(|| view! { <p class="answer-feedback__text">{answer.text.clone()}</p> })}
            <ul class="answer-feedback__choices" lang=lang.clone()>
                {chosen.iter().map(|choice| {
                    let verdict = verdict(choice);
                    let right = choice.correct;
                    view! {
                        <li class:answer-feedback--right=has_right_answer && right class:answer-feedback--wrong=has_right_answer && !right>
                            <strong>{choice.text.clone()}</strong>
                            {verdict.map(|v| view! { <span class="answer-feedback__verdict">" – "{v}</span> })}
                            {choice.feedback.clone().map(|f| view! { <p>{f}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="prose" lang=lang inner_html=feedback></div>
            <p>
                <a class="button" href=next>
                    {player.texts.continue_label.clone()}
                </a>
            </p>
        </section>
    }
    .into_any()
}

/// The step's form: a plain post to the server function, taken over by WASM.
#[component]
fn StepForm(
    player: Arc<Player>,
    n: usize,
    step: Step,
    answer: Answer,
    answered: bool,
    answer_id: String,
    lang: Option<String>,
) -> impl IntoView {
    let shown = player.error.clone();
    let key = shown.clone().or(needs(&step.content).map(str::to_owned));
    let error = key.as_ref().map(|key| Problem {
        message: player.texts.message(key),
        shown: shown.is_some(),
    });
    let next = player.path_of(n + 1);
    let is_question = matches!(step.content, StepContent::Question { .. });
    let submit = if answered {
        player.texts.save_changed.clone()
    } else if matches!(step.content, StepContent::Question { .. }) {
        player.texts.check_answer.clone()
    } else {
        player.texts.continue_label.clone()
    };
    let inputs = match &step.content {
        StepContent::Text | StepContent::Video { .. } => ().into_any(),
        StepContent::Question { answer: AnswerType::Text, question, .. } => view! {
            <TextAnswer player=player.clone() label=question.clone() answer=answer.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Question { answer: kind, question, options, .. } => view! {
            <Choices player=player.clone() legend=question.clone() single=*kind == AnswerType::Single
                options=options.iter().map(|o| (o.id.clone(), o.text.clone())).collect()
                chosen=answer.choices.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Checklist { items } => view! {
            <Choices player=player.clone() legend=step.title.clone() single=false
                options=items.iter().map(|Item { id, text }| (id.clone(), text.clone())).collect()
                chosen=answer.choices.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Reflection { prompt } => view! {
            <Reflection player=player.clone() label=prompt.clone() answer=answer.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
    };
    let legend_heading = answered.then(|| view! { <h2>{player.texts.change_answer.clone()}</h2> });
    view! {
        {legend_heading}
        <form method="post" action=SaveStep::url() novalidate="" class="form" data-next=next
            data-question=is_question.then_some("") data-needs=needs(&step.content).map(needs_name)>
            <input type="hidden" name="module" value=player.module_id.clone()/>
            <input type="hidden" name="step" value=step.id.clone()/>
            <input type="hidden" name="answer_id" value=answer_id/>
            {inputs}
            <button type="submit" class="button">{submit}</button>
        </form>
    }
}

/// A step's problem at its field: shown, or rendered hidden for the browser
/// side to show.
#[derive(Clone)]
struct Problem {
    message: String,
    shown: bool,
}

/// How a field points at its problem: `aria-describedby` with `others`
/// (a hint) and `aria-invalid` when it is shown, else the ids for the
/// browser side to point at when it shows it (`data-problem-field`).
fn problem_attrs(
    problem: &Option<Problem>,
    others: Option<String>,
) -> (Option<String>, Option<&'static str>, Option<String>) {
    let error_id = problem
        .as_ref()
        .map(|_| format!("{}-error", answer_id_attr()));
    let with_error: Vec<String> = others.iter().chain(&error_id).cloned().collect();
    let with_error = (!with_error.is_empty()).then(|| with_error.join(" "));
    match problem {
        Some(Problem { shown: true, .. }) => (with_error, Some("true"), None),
        Some(Problem { shown: false, .. }) => (others, None, with_error),
        None => (others, None, None),
    }
}

#[component]
fn FieldProblem(player: Arc<Player>, problem: Option<Problem>) -> impl IntoView {
    problem.map(|Problem { message, shown }| {
        view! {
            <div class="player__problem" hidden=!shown>
                <FieldMessage id=format!("{}-error", answer_id_attr()) prefix=player.texts.error_prefix.clone() message/>
            </div>
        }
    })
}

/// A labelled text area for a free-text answer, with an optional hint.
#[component]
fn TextAnswer(
    player: Arc<Player>,
    label: String,
    answer: Answer,
    error: Option<Problem>,
    lang: Option<String>,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{}-hint", answer_id_attr()));
    let (describedby, invalid, hidden_problem) = problem_attrs(&error, hint_id.clone());
    view! {
        <div class="field" class:field--invalid=invalid.is_some()>
            <label for=answer_id_attr() lang=lang>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <FieldProblem player problem=error/>
            // The server's limit in characters; the browser counts UTF-16
            // units, never fewer, so whatever fits here fits there.
            <textarea id=answer_id_attr() name="text" rows="5" maxlength=MAX_ANSWER_CHARS
                aria-describedby=describedby aria-invalid=invalid data-problem-field=hidden_problem>
                {answer.text}
            </textarea>
        </div>
    }
}

#[component]
fn Choices(
    player: Arc<Player>,
    legend: String,
    single: bool,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    error: Option<Problem>,
    lang: Option<String>,
) -> impl IntoView {
    let (describedby, invalid, hidden_problem) = problem_attrs(&error, None);
    let kind = if single { "radio" } else { "checkbox" };
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(i, (id, text))| {
            let input_id = if i == 0 {
                answer_id_attr()
            } else {
                format!("{}-{id}", answer_id_attr())
            };
            let checked = chosen.contains(&id);
            view! {
                <div class="choice">
                    <input type=kind id=input_id.clone() name="choices[]" value=id checked=checked/>
                    <label for=input_id>{text}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--invalid=invalid.is_some() aria-describedby=describedby aria-invalid=invalid
            data-problem-field=hidden_problem>
            <legend lang=lang.clone()>{legend}</legend>
            <FieldProblem player problem=error/>
            <div class="choices" lang=lang>{choices}</div>
        </fieldset>
    }
}

/// A reflection: private writing, and the choice to share it with the coach.
#[component]
fn Reflection(
    player: Arc<Player>,
    label: String,
    answer: Answer,
    error: Option<Problem>,
    lang: Option<String>,
) -> impl IntoView {
    let shared = answer.shared;
    let share_id = format!("{FORM}-shared");
    let (hint, share) = (
        player.texts.reflection_hint.clone(),
        player.texts.share_with_coach.clone(),
    );
    view! {
        <TextAnswer player label answer error lang hint/>
        <div class="field">
            <div class="choice">
                <input type="checkbox" id=share_id.clone() name="shared" value="yes" checked=shared/>
                <label for=share_id>{share}</label>
            </div>
        </div>
    }
}
