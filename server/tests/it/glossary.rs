//! Words explained: linked where they appear in a module step or an event's
//! description, explained under the text, and all on the words page, in
//! every language.

use crate::support;

use app::{
    accounts::Role,
    i18n::{Locale, translate},
};
use sqlx::PgPool;
use support::{
    create_account, get, load_modules, published_event, send, sign_in, test_app, text, with_cookie,
};

#[sqlx::test]
async fn a_word_in_a_module_step_links_to_its_explanation_under_the_step_in_every_language(
    pool: PgPool,
) {
    load_modules(&pool).await;
    create_account(&pool, Role::Jobseeker, "w@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "w@example.fi").await;
    let glossary = support::glossary();
    for locale in Locale::ALL {
        let path = format!("/modules/cv/steps/welcome?lang={}", locale.code());
        let page = text(send(&app, with_cookie(get(&path, &[]), &cookie)).await).await;
        let words = glossary.words(locale).expect("every language has words");
        let cv = words
            .words
            .iter()
            .find(|w| w.id == "cv")
            .expect("the word CV");
        assert!(
            page.contains(r##"<a class="term" href="#word-cv">"##),
            "the CV module's first step links the word CV in {locale:?}: {page}"
        );
        assert!(
            page.contains(&format!(
                r#"<h2 id="words-heading">{}</h2>"#,
                translate(locale, "words-explained")
            )),
            "{locale:?}: {page}"
        );
        assert!(
            page.contains(&format!(r#"<dt id="word-cv"><dfn>{}</dfn></dt>"#, cv.term)),
            "the explanation under the step in {locale:?}: {page}"
        );
    }
}

#[sqlx::test]
async fn a_word_in_an_events_description_is_linked_and_the_text_stays_escaped(pool: PgPool) {
    let event = published_event(&pool, Some(10), None).await;
    sqlx::query("update event_text set description = $2 where event_id = $1")
        .bind(event.event_id)
        .bind("Tule <b>työkokeiluun</b> meille.\n\nTyökokeilu kestää kuukauden.")
        .execute(&pool)
        .await
        .expect("description");
    create_account(&pool, Role::Jobseeker, "e@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "e@example.fi").await;
    let path = format!("/events/{}?lang=fi", event.event_id);
    let page = text(send(&app, with_cookie(get(&path, &[]), &cookie)).await).await;
    assert!(
        page.contains(r##"<p>Tule &lt;b&gt;<a class="term" href="#word-work-trial">työkokeiluun</a>&lt;/b&gt; meille.</p><p>Työkokeilu kestää kuukauden.</p>"##),
        "{page}"
    );
    assert!(
        page.contains(r#"<dt id="word-work-trial"><dfn>työkokeilu</dfn></dt>"#),
        "{page}"
    );
    // An English reader sees the Finnish text and its Finnish explanation,
    // both marked as Finnish.
    let path = format!("/events/{}?lang=en", event.event_id);
    let page = text(send(&app, with_cookie(get(&path, &[]), &cookie)).await).await;
    assert!(
        page.contains(r#"<dl lang="fi" class="words__list">"#),
        "{page}"
    );
    // An Easy Finnish reader of the Finnish text gets the Easy Finnish explanation.
    let path = format!("/events/{}?lang=fi-selko", event.event_id);
    let page = text(send(&app, with_cookie(get(&path, &[]), &cookie)).await).await;
    let glossary = support::glossary();
    let selko = glossary.words(Locale::Selko).expect("Easy Finnish");
    let work_trial = selko
        .words
        .iter()
        .find(|w| w.id == "work-trial")
        .expect("work trial");
    assert!(
        page.contains(&format!("<dd>{}</dd>", work_trial.explains)),
        "{page}"
    );
    assert!(page.contains(r#"<dl class="words__list">"#), "{page}");
}

#[sqlx::test]
async fn the_words_page_explains_every_word_in_the_readers_language(pool: PgPool) {
    let app = test_app(pool.clone(), false);
    let glossary = support::glossary();
    for locale in [Locale::Ar, Locale::Selko, Locale::Sv] {
        let path = format!("/words?lang={}", locale.code());
        let page = text(send(&app, get(&path, &[])).await).await;
        assert!(
            page.contains(&format!(
                r#"<html lang="{}" dir="{}""#,
                locale.lang(),
                locale.dir()
            )),
            "{page}"
        );
        assert!(
            page.contains(&format!("<h1>{}</h1>", translate(locale, "words-title"))),
            "{page}"
        );
        let words = &glossary.words(locale).expect("words").words;
        assert_eq!(
            words.len(),
            glossary.words(Locale::En).expect("English").words.len()
        );
        for word in words {
            assert!(
                page.contains(&format!(
                    r#"<dt id="{}"><dfn>{}</dfn></dt>"#,
                    word.anchor(),
                    word.term
                )),
                "{} in {locale:?}: {page}",
                word.id
            );
        }
    }
    // Every page links to it.
    let home = text(send(&app, get("/?lang=fi", &[])).await).await;
    assert!(
        home.contains(r#"<a href="/words">Sanoja selitettynä</a>"#),
        "{home}"
    );
}
