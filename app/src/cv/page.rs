//! `/cv`: the jobseeker's words and choices for their CV, and the CV itself
//! as an employer would read it. The print stylesheet prints only the CV.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::types::{Cv, CvLine};
use crate::{
    accounts::{Protected, Role, language_choices},
    error::AppError,
    i18n::{FluentValue, t, t_args, translate},
    ui::{
        BackLink, CheckboxField, FormState, FormSummary, PostForm, RadioField, TextAreaField,
        TextField, done_notice,
    },
};

const FORM: &str = "cv-save";
const SKILLS: &str = "/skills";

/// Saves the CV's language, headline, words about the person and town, and
/// whether it shows their email and phone.
#[server(prefix = "/api", endpoint = "cv-save")]
pub async fn save_cv(
    locale: Option<String>,
    headline: Option<String>,
    about: Option<String>,
    town: Option<String>,
    show_email: Option<String>,
    show_phone: Option<String>,
) -> Result<(), AppError> {
    use super::server::{FIELD_ABOUT, FIELD_HEADLINE, FIELD_LOCALE, FIELD_TOWN};
    let ticked = |value: &Option<String>| value.as_deref() == Some("yes");
    let (show_email, show_phone) = (ticked(&show_email), ticked(&show_phone));
    let [locale, headline, about, town] =
        [locale, headline, about, town].map(Option::unwrap_or_default);
    let result = match super::server::parse_choices(
        &locale, &headline, &about, &town, show_email, show_phone,
    ) {
        Ok(choices) => super::server::save(&choices).await,
        Err(error) => Err(error),
    };
    let values = vec![
        (FIELD_LOCALE.to_owned(), locale),
        (FIELD_HEADLINE.to_owned(), headline),
        (FIELD_ABOUT.to_owned(), about),
        (FIELD_TOWN.to_owned(), town),
    ];
    crate::forms::answer_form_post(FORM, values, &result, super::CV);
    result
}

async fn load() -> Result<Cv, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::my_cv(crate::i18n::use_locale()).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/cv`.
#[component]
pub fn CvPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("cv-title")/>
            <div class="no-print">
                <BackLink href=SKILLS label=t("profile-back")/>
                <h1>{t("cv-title")}</h1>
                <p>{t("cv-intro")}</p>
            </div>
            {crate::ui::loaded_page(load, show, SKILLS, "profile-back")}
        </Protected>
    }
}

/// After a refused post, what was typed into `field`, even a field emptied;
/// else what is stored.
fn typed(state: &FormState, field: &str, stored: Option<&str>) -> String {
    state
        .posted(field)
        .unwrap_or_else(|| stored.unwrap_or_default().to_owned())
}

fn show(cv: Cv) -> impl IntoView {
    let state = FormState::take(FORM);
    let choices = &cv.choices;
    let locale = typed(&state, "locale", Some(choices.locale.code()));
    let headline = typed(&state, "headline", choices.headline.as_deref());
    let about = typed(&state, "about", choices.about.as_deref());
    let town = typed(&state, "town", choices.town.as_deref());
    let email_box = cv.email.clone().map(|email| {
        let label = t_args("cv-show-email", &[("email", FluentValue::from(email))]);
        view! { <CheckboxField state=state.clone() name="show_email" label checked=choices.show_email/> }
    });
    let phone_box = cv.phone.clone().map(|phone| {
        let label = t_args("cv-show-phone", &[("phone", FluentValue::from(phone))]);
        view! { <CheckboxField state=state.clone() name="show_phone" label checked=choices.show_phone/> }
    });
    view! {
        <section class="no-print" aria-labelledby="cv-choices-title">
            {done_notice(&state, "cv-saved")}
            <FormSummary state=state.clone()/>
            <h2 id="cv-choices-title">{t("cv-choices-title")}</h2>
            <PostForm action=SaveCv::url()>
                <RadioField state=state.clone() name="locale" legend=t("cv-locale-legend")
                    hint=t("cv-locale-hint") options=language_choices(crate::i18n::use_locale(), &crate::i18n::Locale::WRITTEN)
                    checked=locale/>
                <TextField state=state.clone() name="headline" label=t("cv-headline-label")
                    hint=t("cv-headline-hint") value=headline/>
                <TextAreaField state=state.clone() name="about" label=t("cv-about-label")
                    hint=t("cv-about-hint") value=about rows=5/>
                <TextField state=state.clone() name="town" label=t("cv-town-label")
                    autocomplete="address-level2" value=town/>
                {email_box}
                {phone_box}
                <button type="submit" class="button">{t("cv-save")}</button>
            </PostForm>
            <h2>{t("cv-preview-title")}</h2>
            <p>{t("cv-print-hint")}</p>
            {cv.is_empty().then(|| view! {
                <p>{t("cv-empty")}" "<a href=SKILLS>{t("cv-empty-link")}</a></p>
            })}
        </section>
        <CvSheet cv/>
    }
}

/// The CV itself, in its own language.
#[component]
fn CvSheet(cv: Cv) -> impl IntoView {
    let locale = cv.choices.locale;
    let choices = cv.choices;
    let contact: Vec<String> = [
        choices.town.clone(),
        cv.email.filter(|_| choices.show_email),
        cv.phone.filter(|_| choices.show_phone),
    ]
    .into_iter()
    .flatten()
    .collect();
    let part = move |title_key: &str, lines: Vec<CvLine>| {
        (!lines.is_empty()).then(|| {
            view! {
                <section class="cv__part">
                    <h3>{translate(locale, title_key)}</h3>
                    <ul class="cv__lines">
                        {lines.into_iter().map(|line| view! {
                            <li>
                                <span dir="auto">{line.what}</span>
                                {line.detail.map(|detail| view! { <span class="cv__detail" dir="auto">{detail}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    view! {
        <article class="cv" id="cv" lang=locale.lang() aria-labelledby="cv-name">
            <h2 id="cv-name" class="cv__name" dir="auto">{cv.name}</h2>
            {choices.headline.map(|headline| view! { <p class="cv__headline" dir="auto">{headline}</p> })}
            {(!contact.is_empty()).then(|| view! {
                <ul class="cv__contact">
                    {contact.into_iter().map(|item| view! { <li dir="auto">{item}</li> }).collect_view()}
                </ul>
            })}
            {choices.about.map(|about| view! {
                <section class="cv__part">
                    <h3>{translate(locale, "cv-about")}</h3>
                    <p dir="auto">{about}</p>
                </section>
            })}
            {part("cv-experience", cv.experiences)}
            {part("cv-skills", cv.skills)}
            {part("cv-certificates", cv.certificates)}
            {part("cv-languages", cv.languages)}
        </article>
    }
}
