//! The CV made from the skills profile: in the language the person chooses,
//! with their own words, only the contacts they choose and only cards valid
//! today; what they typed is checked, and it is in their data and goes with
//! their account.

use crate::support;

use app::{
    accounts::Role,
    personal_data::Domain,
    profile::{
        db,
        types::{ExperienceKind, LanguageLevel, NewExperience},
    },
};
use axum::http::header;
use sqlx::PgPool;
use support::{
    create_account, header_of, load_modules, page, page_after, post_as, sign_in, test_app,
};

/// Maija's profile: cleaning work, Finnish at B1, a hygiene passport, a first
/// aid card that ended, and floors her coach saw her clean.
async fn maija_with_a_profile(pool: &PgPool) -> i64 {
    load_modules(pool).await;
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let coach = create_account(pool, Role::Coach, "kaisa@example.fi").await;
    sqlx::query("update account set display_name = 'Maija Mäkinen', phone = '+358401234567' where account_id = $1")
        .bind(maija)
        .execute(pool)
        .await
        .expect("name and phone");
    let mut conn = pool.acquire().await.expect("connection");
    let experience = NewExperience {
        kind: ExperienceKind::Work,
        description: "Siivosin toimistoja iltaisin".into(),
        place: Some("Kontula".into()),
        period: Some("2019–2022".into()),
        skills: vec!["clean-floors".into()],
    };
    db::add_experience(&mut conn, maija, &experience)
        .await
        .expect("experience");
    db::set_language(&mut conn, maija, "fi", LanguageLevel::B1)
        .await
        .expect("language");
    db::set_certificate(
        &mut conn,
        maija,
        "hygiene-passport",
        Some(time::macros::date!(2040 - 05 - 31)),
    )
    .await
    .expect("card");
    db::set_certificate(
        &mut conn,
        maija,
        "first-aid-1",
        Some(time::macros::date!(2024 - 01 - 31)),
    )
    .await
    .expect("ended card");
    db::confirm_skill(&mut conn, maija, "clean-floors", coach)
        .await
        .expect("confirmed");
    maija
}

/// The CV on a page: its only `<article>`.
fn sheet(page: &str) -> &str {
    let start = page
        .find("<article")
        .unwrap_or_else(|| panic!("a CV on the page: {page}"));
    let end = page[start..].find("</article>").expect("the CV ends") + start;
    &page[start..end]
}

#[sqlx::test]
async fn the_cv_is_the_profile_in_the_chosen_language_with_the_persons_own_words(pool: PgPool) {
    let maija = maija_with_a_profile(&pool).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;

    // Before anything is saved: in the language of the page, contacts shown.
    let first = page(&app, &cookie, "/cv").await;
    let cv = sheet(&first);
    assert!(cv.contains("lang=\"en\""), "{cv}");
    for expected in [
        "Maija Mäkinen",
        "maija@example.fi",
        "+358401234567",
        "Experience",
        "Siivosin toimistoja iltaisin",
        "Paid work · Kontula · 2019–2022",
        "Cleaning floors",
        "seen in practice at work coaching",
        "Hygiene passport",
        "valid until 31 May 2040",
        "B1, good in everyday situations",
    ] {
        assert!(cv.contains(expected), "{expected} in {cv}");
    }
    assert!(!cv.contains("First aid"), "an ended card is left out: {cv}");

    // Swedish, her words, her town, and no phone number.
    let response = post_as(
        &app,
        &cookie,
        "/api/cv-save",
        "locale=sv&headline=St%C3%A4darbete&about=Jag+%C3%A4r+noggrann.&town=Helsingfors&show_email=yes",
    )
    .await;
    assert_eq!(header_of(&response, header::LOCATION), "/cv#cv-save");
    let saved = page_after(&app, &response, "/cv?lang=en", &cookie).await;
    assert!(saved.contains("Your CV is saved"), "{saved}");
    let cv = sheet(&saved);
    assert!(cv.contains("lang=\"sv\""), "{cv}");
    for expected in [
        "Städarbete",
        "Jag är noggrann.",
        "Helsingfors",
        "Erfarenhet",
        "Om mig",
        "Språkkunskaper",
        "maija@example.fi",
    ] {
        assert!(cv.contains(expected), "{expected} in {cv}");
    }
    assert!(!cv.contains("+358401234567"), "the phone left out: {cv}");
    // The form around it stays in the page's language, with what was saved.
    assert!(saved.contains("Language of the CV"));
    assert!(saved.contains("value=\"Helsingfors\""), "{saved}");

    // In her data, and gone with her account.
    let mut conn = pool.acquire().await.expect("connection");
    let mut data = app::my_account::MyData::default();
    for domain in Domain::ALL {
        domain
            .export(&mut conn, maija, &mut data)
            .await
            .expect("export");
    }
    let exported = data.cv.expect("the CV's words in my data");
    assert_eq!(exported.language, "sv");
    assert_eq!(exported.town.as_deref(), Some("Helsingfors"));
    assert!(!exported.show_phone);
    Domain::Cv.remove(&mut conn, maija).await.expect("removed");
    let left: i64 = sqlx::query_scalar("select count(*) from cv where account_id = $1")
        .bind(maija)
        .fetch_one(&pool)
        .await
        .expect("counted");
    assert_eq!(left, 0);
}

#[sqlx::test]
async fn what_the_person_typed_is_checked_and_kept_for_them_to_correct(pool: PgPool) {
    maija_with_a_profile(&pool).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    post_as(&app, &cookie, "/api/cv-save", "locale=fi&town=Myllypuro").await;
    let long = "a".repeat(801);
    let response = post_as(
        &app,
        &cookie,
        "/api/cv-save",
        &format!("locale=xx&headline=Varastoty%C3%B6&about={long}&town="),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/cv#cv-save-error-summary"
    );
    let refused = page_after(&app, &response, "/cv?lang=en", &cookie).await;
    assert!(
        refused.contains("Choose the language of the CV"),
        "{refused}"
    );
    assert!(refused.contains("Write about yourself in at most 800 characters"));
    assert!(
        refused.contains("value=\"Varastotyö\""),
        "typed words kept: {refused}"
    );
    assert!(
        !refused.contains("value=\"Myllypuro\""),
        "a field emptied stays empty, not refilled from what is stored"
    );
    let town: Option<String> = sqlx::query_scalar("select town from cv")
        .fetch_one(&pool)
        .await
        .expect("the first save");
    assert_eq!(town.as_deref(), Some("Myllypuro"), "nothing saved");
}
