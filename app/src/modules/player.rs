//! The module player: one step at a time. Rendered on the server it is a plain
//! form per step that works without JavaScript; with WASM it moves between
//! steps without reloading, moves focus to the new step's heading, and keeps
//! answers given offline until they can be sent.

use std::collections::HashMap;

use leptos::{html, prelude::*, server_fn::ServerFn};

use super::{
    SaveStep,
    answer::FIELD_ANSWER,
    player_data::{PlayerData, PlayerTexts, done_path, step_path},
    types::{Answer, AnswerType, Choice, Item, Step, StepContent},
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

/// Where the player is and what it knows, shared by its parts.
#[derive(Clone, Copy)]
pub(super) struct Player {
    pub(super) module_id: StoredValue<String>,
    pub(super) steps: StoredValue<Vec<Step>>,
    pub(super) texts: StoredValue<PlayerTexts>,
    pub(super) current: RwSignal<usize>,
    pub(super) answers: RwSignal<HashMap<String, Answer>>,
    /// The message id of the current step's problem.
    pub(super) error: RwSignal<Option<String>>,
    /// What was typed before a failed plain post.
    pub(super) draft: RwSignal<Option<Answer>>,
    pub(super) heading: NodeRef<html::H1>,
    pub(super) summary: NodeRef<html::Div>,
    pub(super) feedback: NodeRef<html::H2>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pub(super) status: super::offline::Status,
    /// False on an offline copy, which shows none of the stored answers.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pub(super) answers_shown: bool,
}

impl Player {
    pub(super) fn step(&self, n: usize) -> Option<Step> {
        self.steps.with_value(|s| s.get(n).cloned())
    }

    pub(super) fn count(&self) -> usize {
        self.steps.with_value(Vec::len)
    }

    fn text(&self, pick: impl Fn(&PlayerTexts) -> &String) -> String {
        self.texts.with_value(|t| pick(t).clone())
    }

    pub(super) fn path_of(&self, n: usize) -> String {
        let module = self.module_id.get_value();
        match self.step(n) {
            Some(step) => step_path(&module, &step.id),
            None => done_path(&module),
        }
    }
}

#[island]
pub fn ModulePlayer(data: PlayerData) -> impl IntoView {
    let player = Player {
        module_id: StoredValue::new(data.module_id.clone()),
        steps: StoredValue::new(data.steps),
        texts: StoredValue::new(data.texts),
        current: RwSignal::new(data.current),
        answers: RwSignal::new(data.answers),
        error: RwSignal::new(data.draft.as_ref().map(|(_, key)| key.clone())),
        draft: RwSignal::new(data.draft.map(|(answer, _)| answer)),
        heading: NodeRef::new(),
        summary: NodeRef::new(),
        feedback: NodeRef::new(),
        status: super::offline::Status::new(),
        answers_shown: data.answers_shown,
    };
    #[cfg(feature = "hydrate")]
    super::offline::start(player_link(player, data.owner));
    let content_lang = StoredValue::new(data.content_lang);
    let answer_id = StoredValue::new(data.answer_id);
    let captions_lang = StoredValue::new(data.captions_lang);
    let module_title = data.module_title;
    // Set once WASM runs, so tests can tell the enhanced player from the plain one.
    let enhanced = RwSignal::new(false);
    Effect::new(move |_| enhanced.set(true));
    view! {
        <div class="player" data-enhanced=move || enhanced.get().then_some("true")>
            <nav class="player__exit" aria-label=player.text(|t| &t.all_modules)>
                <a href="/modules">{player.text(|t| &t.all_modules)}</a>
            </nav>
            {content_lang.get_value().map(|_| view! { <p class="notice">{player.text(|t| &t.fallback_notice)}</p> })}
            <StatusLine player/>
            {move || {
                // Answers sent from an earlier offline visit may arrive after the
                // first render; a problem redraws the step with what was typed.
                player.answers.track();
                player.error.track();
                let n = player.current.get();
                player.step(n).map(|step| view! {
                    <StepView player n step module_title=module_title.clone()
                        content_lang=content_lang.get_value() answer_id=answer_id.get_value()
                        captions_lang=captions_lang.get_value()/>
                })
            }}
        </div>
    }
}

/// Connects the offline queue to the player's state.
#[cfg(feature = "hydrate")]
fn player_link(player: Player, owner: i64) -> super::offline::PlayerLink {
    super::offline::PlayerLink {
        owner,
        module_id: player.module_id.get_value(),
        status: player.status,
        answers: player.answers,
        current: player.current,
        step_ids: player
            .steps
            .with_value(|s| s.iter().map(|s| s.id.clone()).collect()),
        heading: player.heading,
        texts: player.texts,
    }
}

/// "You are offline", "2 answers waiting", "All answers sent", and the way
/// back in when the session ended while answers wait.
#[component]
fn StatusLine(player: Player) -> impl IntoView {
    let message = move || player.status.message(&player.texts);
    let sign_in = move || {
        player.status.needs_sign_in().then(|| {
            let back = crate::accounts::sign_in_path(&player.path_of(player.current.get()));
            view! { " " <a href=back>{player.text(|t| &t.sign_in)}</a> }
        })
    };
    view! {
        <p class="player__status" role="status">{message}{sign_in}</p>
    }
}

#[component]
fn StepView(
    player: Player,
    n: usize,
    step: Step,
    module_title: String,
    content_lang: Option<String>,
    answer_id: String,
    captions_lang: String,
) -> impl IntoView {
    let count = player.count();
    let position = player
        .texts
        .with_value(|t| t.positions.get(n).cloned().unwrap_or_default());
    let saved = player.answers.with_untracked(|a| a.get(&step.id).cloned());
    let answered_question = matches!(step.content, StepContent::Question { .. }) && saved.is_some();
    let shown = player
        .draft
        .get_untracked()
        .or(saved.clone())
        .unwrap_or_default();
    let lang = content_lang.clone();
    let step_words = step.clone();
    view! {
        <p class="player__position" id="step-position">
            <span lang=lang.clone()>{module_title}</span>" · "{position}
        </p>
        <progress class="player__progress" max=count value=n + 1 aria-labelledby="step-position"></progress>
        <ProblemSummary player/>
        <h1 tabindex="-1" node_ref=player.heading lang=lang.clone()>{step.title.clone()}</h1>
        <ListenControls lang=lang.clone() target=MAIN.to_owned() reads=step.id.clone() texts=player.texts.with_value(|t| t.listen.clone())/>
        {step.body.clone().map(|html| view! { <div class="prose" lang=lang.clone() inner_html=html></div> })}
        {match &step.content {
            StepContent::Video { video, captions, transcript } => Some(view! {
                <VideoView player video=video.clone() captions=captions.clone()
                    transcript=transcript.clone() lang=lang.clone() captions_lang/>
            }.into_any()),
            _ => None,
        }}
        {answered_question.then(|| view! { <Feedback player step=step.clone() answer=saved.clone().unwrap_or_default() lang=lang.clone() n/> })}
        <StepForm player n step answer=shown answered=answered_question answer_id lang/>
        {(n > 0).then(|| {
            let back = player.path_of(n - 1);
            view! {
                <p class="player__back">
                    <a href=back on:click=move |ev| go_to_step(ev, player, n - 1)>{player.text(|t| &t.back)}</a>
                </p>
            }
        })}
        <WordsExplained words=player.texts.with_value(|t| t.words_of(&step_words)) heading=player.text(|t| &t.words_heading) lang=content_lang/>
    }
}

/// Moves to step `n` in place (with WASM); without it the link just loads it.
fn go_to_step(ev: leptos::ev::MouseEvent, player: Player, n: usize) {
    #[cfg(feature = "hydrate")]
    {
        ev.prevent_default();
        super::offline::show_step(player, n);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, player, n);
}

#[component]
fn ProblemSummary(player: Player) -> impl IntoView {
    move || {
        player.error.get().map(|key| {
            let message = player.texts.with_value(|t| t.message(&key));
            view! {
                <ErrorSummary
                    title=player.text(|t| &t.error_summary_title)
                    items=vec![SummaryItem { target: Some(answer_id_attr()), message }]
                    id=format!("{FORM}-error-summary")
                    node_ref=player.summary
                />
            }
        })
    }
}

#[component]
fn VideoView(
    player: Player,
    video: String,
    captions: String,
    transcript: String,
    lang: Option<String>,
    captions_lang: String,
) -> impl IntoView {
    view! {
        <video class="player__video" controls preload="metadata" src=video>
            <track kind="captions" src=captions srclang=captions_lang label=player.text(|t| &t.captions_label) default/>
            {player.text(|t| &t.video_fallback)}
        </video>
        <h2>{player.text(|t| &t.transcript)}</h2>
        <div class="prose transcript" lang=lang inner_html=transcript></div>
    }
}

/// What the person answered to a question, and what to learn from it.
#[component]
fn Feedback(
    player: Player,
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
    let verdict = move |choice: &Choice| {
        has_right_answer.then(|| {
            if choice.correct {
                player.text(|t| &t.right)
            } else {
                player.text(|t| &t.not_right)
            }
        })
    };
    let next = player.path_of(n + 1);
    view! {
        <section class="answer-feedback" id=FORM aria-labelledby="feedback-heading">
            <h2 id="feedback-heading" tabindex="-1" node_ref=player.feedback>{player.text(|t| &t.your_answer)}</h2>
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
                <a class="button" href=next on:click=move |ev| go_to_step(ev, player, n + 1)>
                    {player.text(|t| &t.continue_label)}
                </a>
            </p>
        </section>
    }
    .into_any()
}

/// The step's form: a plain post to the server function, taken over by WASM.
#[component]
fn StepForm(
    player: Player,
    n: usize,
    step: Step,
    answer: Answer,
    answered: bool,
    answer_id: String,
    lang: Option<String>,
) -> impl IntoView {
    // The step is drawn again whenever its problem changes.
    let error = player
        .error
        .get_untracked()
        .map(|key| player.texts.with_value(|t| t.message(&key)));
    let submit = if answered {
        player.text(|t| &t.save_changed)
    } else if matches!(step.content, StepContent::Question { .. }) {
        player.text(|t| &t.check_answer)
    } else {
        player.text(|t| &t.continue_label)
    };
    let inputs = match &step.content {
        StepContent::Text | StepContent::Video { .. } => ().into_any(),
        StepContent::Question { answer: AnswerType::Text, question, .. } => view! {
            <TextAnswer player label=question.clone() answer=answer.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Question { answer: kind, question, options, .. } => view! {
            <Choices player legend=question.clone() single=*kind == AnswerType::Single
                options=options.iter().map(|o| (o.id.clone(), o.text.clone())).collect()
                chosen=answer.choices.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Checklist { items } => view! {
            <Choices player legend=step.title.clone() single=false
                options=items.iter().map(|Item { id, text }| (id.clone(), text.clone())).collect()
                chosen=answer.choices.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
        StepContent::Reflection { prompt } => view! {
            <Reflection player label=prompt.clone() answer=answer.clone() error=error.clone() lang=lang.clone()/>
        }
        .into_any(),
    };
    let legend_heading = answered.then(|| view! { <h2>{player.text(|t| &t.change_answer)}</h2> });
    view! {
        {legend_heading}
        <form method="post" action=SaveStep::url() novalidate="" class="form"
            on:submit=move |ev| submit_step(ev, player, n)>
            <input type="hidden" name="module" value=player.module_id.get_value()/>
            <input type="hidden" name="step" value=step.id.clone()/>
            <input type="hidden" name="answer_id" value=answer_id/>
            {inputs}
            <button type="submit" class="button">{submit}</button>
        </form>
    }
}

fn submit_step(ev: leptos::ev::SubmitEvent, player: Player, n: usize) {
    #[cfg(feature = "hydrate")]
    super::offline::submit(ev, player, n);
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, player, n);
}

/// The ids a field points at for its problem, if it has one.
fn error_ids(error: &Option<String>) -> (Option<String>, Option<&'static str>) {
    (
        error
            .as_ref()
            .map(|_| format!("{}-error", answer_id_attr())),
        error.as_ref().map(|_| "true"),
    )
}

#[component]
fn FieldProblem(player: Player, message: Option<String>) -> impl IntoView {
    message.map(|message| {
        view! { <FieldMessage id=format!("{}-error", answer_id_attr()) prefix=player.text(|t| &t.error_prefix) message/> }
    })
}

/// A labelled text area for a free-text answer, with an optional hint.
#[component]
fn TextAnswer(
    player: Player,
    label: String,
    answer: Answer,
    error: Option<String>,
    lang: Option<String>,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let (error_id, invalid) = error_ids(&error);
    let hint_id = hint.as_ref().map(|_| format!("{}-hint", answer_id_attr()));
    let describedby: Vec<String> = hint_id.iter().chain(&error_id).cloned().collect();
    let describedby = (!describedby.is_empty()).then(|| describedby.join(" "));
    view! {
        <div class="field" class:field--invalid=invalid.is_some()>
            <label for=answer_id_attr() lang=lang>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <FieldProblem player message=error/>
            <textarea id=answer_id_attr() name="text" rows="5" aria-describedby=describedby aria-invalid=invalid>
                {answer.text}
            </textarea>
        </div>
    }
}

#[component]
fn Choices(
    player: Player,
    legend: String,
    single: bool,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    error: Option<String>,
    lang: Option<String>,
) -> impl IntoView {
    let (describedby, invalid) = error_ids(&error);
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
        <fieldset class="field" class:field--invalid=invalid.is_some() aria-describedby=describedby aria-invalid=invalid>
            <legend lang=lang.clone()>{legend}</legend>
            <FieldProblem player message=error/>
            <div class="choices" lang=lang>{choices}</div>
        </fieldset>
    }
}

/// A reflection: private writing, and the choice to share it with the coach.
#[component]
fn Reflection(
    player: Player,
    label: String,
    answer: Answer,
    error: Option<String>,
    lang: Option<String>,
) -> impl IntoView {
    let shared = answer.shared;
    let share_id = format!("{FORM}-shared");
    view! {
        <TextAnswer player label answer error lang hint=player.text(|t| &t.reflection_hint)/>
        <div class="field">
            <div class="choice">
                <input type="checkbox" id=share_id.clone() name="shared" value="yes" checked=shared/>
                <label for=share_id>{player.text(|t| &t.share_with_coach)}</label>
            </div>
        </div>
    }
}
