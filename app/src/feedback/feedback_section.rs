use leptos::prelude::*;

use super::{
    feedback_form::FeedbackForm,
    types::{FORM, FeedbackTexts},
};
use crate::{forms::take_flash, i18n::t, ui::current_page};

/// Error ids the feedback form can come back with.
const ERROR_KEYS: [&str; 5] = [
    "feedback-error-helpful-missing",
    "feedback-error-comment-too-long",
    "error-internal",
    "error-connection",
    "error-bad-request",
];

/// "Was this page helpful?" for the page it is placed on. Rendered on the
/// server; the form inside is an island that enhances itself when WASM loads.
#[component]
pub fn FeedbackSection() -> impl IntoView {
    let initial = take_flash(FORM).unwrap_or_default();
    let page = current_page();
    view! {
        <section class="feedback" id=FORM aria-labelledby="feedback-question">
            <FeedbackForm page texts=localized_texts() initial/>
        </section>
    }
}

fn localized_texts() -> FeedbackTexts {
    FeedbackTexts {
        question: t("feedback-question"),
        yes: t("feedback-yes"),
        no: t("feedback-no"),
        comment_label: t("feedback-comment-label"),
        comment_hint: t("feedback-comment-hint"),
        submit: t("feedback-submit"),
        sending: t("feedback-sending"),
        thanks: t("feedback-thanks"),
        error_summary_title: t("form-error-summary-title"),
        error_prefix: t("form-error-prefix"),
        messages: ERROR_KEYS
            .iter()
            .map(|key| ((*key).to_owned(), t(key)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::ERROR_KEYS;
    use crate::i18n::{Locale, has_message};

    #[test]
    fn every_error_the_form_can_show_is_translated() {
        for locale in Locale::ALL {
            for id in ERROR_KEYS {
                assert!(has_message(locale, id), "{id} missing in {locale:?}");
            }
        }
    }
}
