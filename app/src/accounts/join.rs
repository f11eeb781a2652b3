use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    error::AppError,
    i18n::{Locale, t, translate, use_locale},
    ui::{Choice, FormState, FormSummary, PostForm, RadioField, TextField},
};

pub const FORM: &str = "join";
pub(super) const FIELD_CODE: &str = "code";
pub(super) const FIELD_NAME: &str = "display_name";
pub(super) const FIELD_CONTACT: &str = "contact";
pub(super) const FIELD_PASSWORD: &str = "password";
pub(super) const FIELD_LOCALE: &str = "locale";
pub(super) const FIELD_BIRTH_YEAR: &str = "birth_year";
pub(super) const FIELD_GENDER: &str = "gender";
/// Answers to the optional gender question: (as stored, Fluent id of the label).
pub const GENDERS: [(&str, &str); 3] = [
    ("female", "join-gender-female"),
    ("male", "join-gender-male"),
    ("other", "join-gender-other"),
];

/// Creates a jobseeker account with an invitation code from a coach, puts it
/// on that coach's caseload, and signs the new jobseeker in. When the email or
/// phone already has an account, the answer is a neutral notice instead.
#[server(prefix = "/api", endpoint = "join")]
pub async fn join(
    code: Option<String>,
    display_name: Option<String>,
    contact: Option<String>,
    password: Option<String>,
    locale: Option<String>,
    birth_year: Option<String>,
    gender: Option<String>,
) -> Result<(), AppError> {
    let values = super::join_input::JoinValues {
        code: code.unwrap_or_default(),
        display_name: display_name.unwrap_or_default(),
        contact: contact.unwrap_or_default(),
        password: password.unwrap_or_default(),
        locale: locale.unwrap_or_default(),
        birth_year: birth_year.unwrap_or_default(),
        gender: gender.unwrap_or_default(),
    };
    let result = super::join_server::join(&values).await;
    let typed = [
        (FIELD_CODE, &values.code),
        (FIELD_NAME, &values.display_name),
        (FIELD_CONTACT, &values.contact),
        (FIELD_LOCALE, &values.locale),
        (FIELD_BIRTH_YEAR, &values.birth_year),
        (FIELD_GENDER, &values.gender),
    ]
    .map(|(name, value)| (name.to_owned(), value.clone()))
    .to_vec();
    if result == Ok(super::join_server::Joined::Neutral) {
        // Back to the join page with its neutral notice, and nothing typed.
        crate::forms::answer_form_post_to(FORM, Vec::new(), &result, "/join", "/join");
    } else {
        crate::forms::answer_form_post_to(FORM, typed, &result, "/join", "/account");
    }
    result.map(|_| ())
}

/// Each of `languages` named in itself (and marked as such for screen
/// readers on a page in another language).
pub fn language_choices(page_locale: Locale, languages: &[Locale]) -> Vec<Choice> {
    languages
        .iter()
        .map(|&l| Choice {
            value: l.code().into(),
            label: translate(l, "language-self-name"),
            lang: l.lang_unless(page_locale),
        })
        .collect()
}

/// The optional gender question's answers, "I'd rather not say" last.
pub fn gender_choices() -> Vec<Choice> {
    GENDERS
        .iter()
        .map(|(value, label)| Choice::new(*value, t(label)))
        .chain([Choice::new("", t("join-gender-unsaid"))])
        .collect()
}

/// A stored gender in words, or "would rather not say" when none was given.
pub fn gender_label(gender: Option<&str>) -> String {
    let key = GENDERS
        .iter()
        .find(|(value, _)| Some(*value) == gender)
        .map_or("join-gender-unsaid", |(_, key)| key);
    t(key)
}

/// Joining Askel with a coach's invitation code: as few questions as possible,
/// and the optional ones say plainly why they are asked.
#[component]
pub fn JoinPage() -> impl IntoView {
    let state = FormState::take(FORM);
    let code = use_query_map().with_untracked(|query| query.get("code"));
    let locale = use_locale();
    let languages = language_choices(locale, &Locale::ALL);
    let chosen_language = Some(state.value(FIELD_LOCALE))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| locale.code().to_owned());
    view! {
        <Title text=t("join-title")/>
        <h1>{t("join-heading")}</h1>
        <p class="lead">{t("join-intro")}</p>
        {crate::ui::done_notice(&state, "join-neutral")}
        <FormSummary state=state.clone()/>
        <PostForm action=Join::url()>
            <TextField state=state.clone() name=FIELD_CODE label=t("join-code-label") hint=t("join-code-hint")
                autocomplete="one-time-code" required=true value=code.unwrap_or_else(|| state.value(FIELD_CODE))/>
            <TextField state=state.clone() name=FIELD_NAME label=t("join-name-label") hint=t("join-name-hint")
                autocomplete="nickname" required=true/>
            <TextField state=state.clone() name=FIELD_CONTACT label=t("join-contact-label")
                hint=t("join-contact-hint") autocomplete="email" required=true/>
            <TextField state=state.clone() name=FIELD_PASSWORD label=t("join-password-label")
                hint=t("join-password-hint") kind="password" autocomplete="new-password" required=true/>
            <RadioField state=state.clone() name=FIELD_LOCALE legend=t("join-locale-legend")
                options=languages checked=chosen_language/>
            <section class="optional-questions" aria-labelledby="join-optional-heading">
                <h2 id="join-optional-heading">{t("join-optional-heading")}</h2>
                <p>{t("join-optional-why")}</p>
                <TextField state=state.clone() name=FIELD_BIRTH_YEAR label=t("join-birth-year-label")
                    hint=t("join-birth-year-hint") inputmode="numeric" autocomplete="bday-year"/>
                <RadioField state name=FIELD_GENDER legend=t("join-gender-legend") options=gender_choices()/>
            </section>
            <button type="submit" class="button">{t("join-submit")}</button>
        </PostForm>
        <p>{t("join-have-account")}" "<a href="/sign-in">{t("join-sign-in-link")}</a></p>
    }
}
