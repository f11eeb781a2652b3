//! The skills profile's storage: experiences with their skills, languages,
//! certificates and coach confirmations, each bounded and kept to the
//! vocabulary, in "Download my data" and gone with the account.

use crate::support;

use app::{
    accounts::Role,
    personal_data::Domain,
    profile::{
        db,
        types::{ExperienceKind, LanguageLevel, MAX_EXPERIENCES, NewExperience},
    },
};
use axum::http::header;
use sqlx::PgPool;
use support::{
    create_account, encode, get, header_of, load_modules, page, page_after, post_as, send, sign_in,
    test_app, text, with_cookie,
};

/// The content loaded and a jobseeker, Maija, signed in: the app and her cookie.
/// Maija, a jobseeker, signed in: the app, her session cookie and her id.
async fn maija_signed_in(pool: &PgPool) -> (axum::Router, String, i64) {
    load_modules(pool).await;
    let maija = create_account(pool, Role::Jobseeker, "maija@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;
    (app, cookie, maija)
}

fn cleaning(skills: &[&str]) -> NewExperience {
    NewExperience {
        kind: ExperienceKind::Work,
        description: "Siivosin toimistoja iltaisin".into(),
        place: Some("Kontula".into()),
        period: Some("2019–2022".into()),
        skills: skills.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[sqlx::test]
async fn an_experience_keeps_only_skills_of_the_vocabulary(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let mut conn = pool.acquire().await.expect("connection");
    let id = db::add_experience(
        &mut conn,
        maija,
        &cleaning(&["clean-surfaces", "clean-floors", "made-up-skill"]),
    )
    .await
    .expect("stored")
    .expect("room");
    let home = NewExperience {
        kind: ExperienceKind::Home,
        description: "Laitoin ruokaa 40 hengelle moskeijassa".into(),
        place: None,
        period: None,
        skills: vec!["cooking-techniques".into()],
    };
    db::add_experience(&mut conn, maija, &home)
        .await
        .expect("stored");
    let experiences = db::experiences(&mut conn, maija).await.expect("read");
    assert_eq!(experiences.len(), 2);
    assert_eq!(experiences[0].kind, ExperienceKind::Home, "newest first");
    assert_eq!(experiences[1].id, id);
    assert_eq!(experiences[1].skills, ["clean-floors", "clean-surfaces"]);
    assert_eq!(experiences[1].place.as_deref(), Some("Kontula"));

    let other = create_account(&pool, Role::Jobseeker, "other@example.fi").await;
    assert!(
        !db::delete_experience(&mut conn, other, id)
            .await
            .expect("delete")
    );
    assert!(
        db::delete_experience(&mut conn, maija, id)
            .await
            .expect("delete")
    );
    assert_eq!(
        db::experiences(&mut conn, maija).await.expect("read").len(),
        1
    );
}

#[sqlx::test]
async fn no_one_keeps_more_than_the_most_experiences_even_adding_two_at_once(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let mut conn = pool.acquire().await.expect("connection");
    for _ in 1..MAX_EXPERIENCES {
        db::add_experience(&mut conn, maija, &cleaning(&[]))
            .await
            .expect("stored")
            .expect("room");
    }
    // Two transactions race for the last place: one waits for the other's lock.
    let mut first = pool.begin().await.expect("first");
    let mut second = pool.begin().await.expect("second");
    let taken = db::add_experience(&mut first, maija, &cleaning(&[]))
        .await
        .expect("first adds");
    let racing = tokio::spawn(async move {
        let outcome = db::add_experience(&mut second, maija, &cleaning(&[])).await;
        second.commit().await.expect("second commits");
        outcome
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    first.commit().await.expect("first commits");
    let refused = racing.await.expect("joined").expect("second runs");
    assert!(taken.is_some());
    assert_eq!(refused, None, "the last place went once");
    let count: i64 = sqlx::query_scalar("select count(*) from experience where account_id = $1")
        .bind(maija)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(count, MAX_EXPERIENCES);
}

#[sqlx::test]
async fn languages_certificates_and_confirmations_are_in_my_data_and_go_with_me(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    let mut conn = pool.acquire().await.expect("connection");
    assert!(
        db::set_language(&mut conn, maija, "so", LanguageLevel::Native)
            .await
            .expect("so")
    );
    assert!(
        db::set_language(&mut conn, maija, "fi", LanguageLevel::A2)
            .await
            .expect("fi")
    );
    assert!(
        db::set_language(&mut conn, maija, "fi", LanguageLevel::B1)
            .await
            .expect("fi again")
    );
    assert!(
        !db::set_language(&mut conn, maija, "xx", LanguageLevel::B1)
            .await
            .expect("xx")
    );
    let until = time::macros::date!(2031 - 05 - 31);
    assert!(
        db::set_certificate(&mut conn, maija, "hygiene-passport", None)
            .await
            .expect("set")
    );
    assert!(
        db::set_certificate(&mut conn, maija, "first-aid-1", Some(until))
            .await
            .expect("set")
    );
    assert!(
        !db::set_certificate(&mut conn, maija, "pilot-licence", None)
            .await
            .expect("set")
    );
    assert!(
        db::confirm_skill(&mut conn, maija, "clean-floors", coach)
            .await
            .expect("confirm")
    );
    db::add_experience(&mut conn, maija, &cleaning(&["clean-floors"]))
        .await
        .expect("stored");

    let mut data = app::my_account::MyData::default();
    for domain in Domain::ALL {
        domain
            .export(&mut conn, maija, &mut data)
            .await
            .expect("export");
    }
    let profile = &data.skills_profile;
    let languages: Vec<(&str, &str)> = profile
        .languages
        .iter()
        .map(|l| (l.language.as_str(), l.level.as_str()))
        .collect();
    assert_eq!(languages, [("fi", "B1"), ("so", "native")]);
    assert_eq!(profile.certificates.len(), 2);
    assert_eq!(
        profile.certificates[0].valid_until.as_deref(),
        Some("2031-05-31")
    );
    assert_eq!(profile.confirmed_skills[0].skill, "clean-floors");
    assert_eq!(
        profile.confirmed_skills[0].confirmed_by.as_deref(),
        Some("Test coach")
    );
    assert_eq!(profile.experiences[0].skills, ["clean-floors"]);
    assert!(
        profile.experiences[0].added.starts_with("20"),
        "when it was added"
    );
    assert!(profile.certificates[0].added.starts_with("20"));

    Domain::Profile
        .remove(&mut conn, maija)
        .await
        .expect("removed");
    for table in [
        "experience",
        "person_language",
        "person_certificate",
        "confirmed_skill",
    ] {
        let left: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {table} where account_id = $1"
        ))
        .bind(maija)
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(left, 0, "{table}");
    }
}

#[sqlx::test]
async fn everyday_words_become_skills_the_person_ticks(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    create_account(&pool, Role::Jobseeker, "other@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "maija@example.fi").await;

    // Nothing chosen: every problem is explained, and what was typed stays.
    let response = post_as(
        &app,
        &cookie,
        "/api/add-experience?lang=en",
        "place=Kontula",
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/experience/new#experience-add-error-summary"
    );
    let form = page_after(&app, &response, "/experience/new?lang=en", &cookie).await;
    assert!(form.contains("Choose what it was"), "{form}");
    assert!(form.contains("Write what you did"));
    assert!(form.contains("value=\"Kontula\""));

    let body = format!(
        "kind=work&description={}&place=&period=2019",
        encode("Siivosin toimistoja ja pesin ikkunat")
    );
    let response = post_as(&app, &cookie, "/api/add-experience?lang=fi", &body).await;
    let location = header_of(&response, header::LOCATION);
    let id: i64 = location
        .strip_prefix("/experience/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("{location}"));
    let choose = text(
        send(
            &app,
            with_cookie(get(&format!("{location}?lang=fi"), &[]), &cookie),
        )
        .await,
    )
    .await;
    for label in [
        "Lattioiden siivous",
        "Pintojen puhdistus",
        "Ikkunoiden ja lasipintojen puhdistus",
    ] {
        assert!(choose.contains(label), "{label} suggested: {choose}");
    }
    // A skill that was not offered cannot be slipped in.
    let response = post_as(
        &app,
        &cookie,
        "/api/save-experience-skills",
        &format!("experience={id}&skills[clean-floors]=yes&skills[operate-forklift]=yes"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#experiences"
    );
    let mut conn = pool.acquire().await.expect("connection");
    let stored = db::experiences(&mut conn, maija).await.expect("read");
    assert_eq!(stored[0].skills, ["clean-floors"]);
    assert_eq!(stored[0].period.as_deref(), Some("2019"));
    let skills = page(&app, &cookie, "/skills").await;
    assert!(skills.contains("Siivosin toimistoja ja pesin ikkunat"));
    assert!(
        skills.contains("Cleaning floors"),
        "labels in the reader's language"
    );

    assert!(matched_skills(&pool, maija).await > 0);
    support::assert_skill_sets_current(&pool).await;

    // Someone else's experience is not found, neither to read nor to change.
    let other = sign_in(&app, "other@example.fi").await;
    assert_eq!(status_of(&app, &other, &location).await, 404);
    let response = post_as(
        &app,
        &other,
        "/api/delete-experience",
        &format!("experience={id}"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/experience/{id}#experience-delete-error-summary")
    );
    let response = post_as(
        &app,
        &cookie,
        "/api/delete-experience",
        &format!("experience={id}"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#experiences"
    );
    assert!(
        db::experiences(&mut conn, maija)
            .await
            .expect("read")
            .is_empty()
    );
    assert_eq!(
        matched_skills(&pool, maija).await,
        0,
        "gone from matching too"
    );
    support::assert_skill_sets_current(&pool).await;
}

/// How many skills matching counts for `person` (`person_skill`).
async fn matched_skills(pool: &PgPool, person: i64) -> i64 {
    sqlx::query_scalar("select count(*) from person_skill where account_id = $1")
        .bind(person)
        .fetch_one(pool)
        .await
        .expect("counted")
}

/// The content loader works everyone's skills out again while people save:
/// a save that commits meanwhile waits for the load and then lands, rather
/// than failing on a row the load has just written for the same person.
#[sqlx::test]
async fn a_save_during_a_content_load_waits_for_it_and_lands(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    english_cleaning(&pool, maija, &["clean-floors"]).await;
    let mut load = pool.begin().await.expect("transaction");
    sqlx::query("select refresh_all_person_skill()")
        .execute(&mut *load)
        .await
        .expect("everyone's skills again");
    let save = tokio::spawn({
        let pool = pool.clone();
        async move {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "insert into experience_skill (experience_id, skill_id)
                 select experience_id, 'clean-windows' from experience where account_id = $1",
            )
            .bind(maija)
            .execute(&mut *tx)
            .await?;
            tx.commit().await
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!save.is_finished(), "the save waits for the load");
    load.commit().await.expect("the load commits");
    save.await.expect("joined").expect("the save lands");
    assert_eq!(matched_skills(&pool, maija).await, 2);
    support::assert_skill_sets_current(&pool).await;
}

/// An assessment writes a score per competence, each firing the trigger; the
/// person's set is worked out once for them all.
#[sqlx::test]
async fn an_assessment_refreshes_the_persons_skills_once(pool: PgPool) {
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    let mut tx = pool.begin().await.expect("transaction");
    sqlx::query("set local track_functions = 'pl'")
        .execute(&mut *tx)
        .await
        .expect("counting calls");
    server::database::submit_digcomp(&mut tx, maija, |_| Some(3))
        .await
        .expect("submitted");
    // What commit would do, here where the calls can still be counted.
    sqlx::query("set constraints all immediate")
        .execute(&mut *tx)
        .await
        .expect("triggers fired");
    let (scores, refreshes): (i64, i64) = sqlx::query_as(
        "select (select count(*) from skill_competence_score),
                pg_stat_get_xact_function_calls('refresh_person_skill'::regproc)",
    )
    .fetch_one(&mut *tx)
    .await
    .expect("counted");
    assert!(scores > 10, "{scores} scores");
    assert_eq!(refreshes, 1);
    tx.commit().await.expect("committed");
    support::assert_skill_sets_current(&pool).await;
}

#[sqlx::test]
async fn a_language_is_added_its_level_changed_and_removed(pool: PgPool) {
    let (app, cookie, _) = maija_signed_in(&pool).await;
    let response = post_as(
        &app,
        &cookie,
        "/api/set-language?lang=en",
        "language=xx&level=Z9",
    )
    .await;
    let form = page_after(&app, &response, "/languages/new?lang=en", &cookie).await;
    assert!(form.contains("Choose a language from the list"), "{form}");
    assert!(form.contains("Choose how well you know it"));
    for level in ["A2", "B1"] {
        let response = post_as(
            &app,
            &cookie,
            "/api/set-language",
            &format!("language=fi&level={level}"),
        )
        .await;
        assert_eq!(header_of(&response, header::LOCATION), "/skills#languages");
    }
    post_as(
        &app,
        &cookie,
        "/api/set-language",
        "language=so&level=native",
    )
    .await;
    let skills = page(&app, &cookie, "/skills").await;
    assert!(skills.contains("Finnish"), "{skills}");
    assert!(skills.contains("B1 – I manage most everyday situations"));
    assert!(
        !skills.contains("A2 – "),
        "the level changed, not added twice"
    );
    assert!(skills.contains("It is my first language"));
    let response = post_as(&app, &cookie, "/api/remove-language", "language=fi").await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#language-remove"
    );
    let skills = page(&app, &cookie, "/skills").await;
    assert!(!skills.contains("B1 – "));
    let response = post_as(&app, &cookie, "/api/remove-language", "language=fi").await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#language-remove",
        "a second click on remove finds it off, as asked"
    );
}

#[sqlx::test]
async fn certificates_say_when_they_end_and_an_ended_one_is_told_apart(pool: PgPool) {
    let (app, cookie, _) = maija_signed_in(&pool).await;
    let response = post_as(
        &app,
        &cookie,
        "/api/set-certificate?lang=en",
        "certificate=pilot-licence&valid_until=31.13.2030",
    )
    .await;
    let form = page_after(&app, &response, "/certificates/new?lang=en", &cookie).await;
    assert!(
        form.contains("Choose a certificate or card from the list"),
        "{form}"
    );
    assert!(form.contains("Write the date like 31.5.2030"));
    for body in [
        "certificate=hygiene-passport&valid_until=",
        "certificate=first-aid-1&valid_until=1.3.2024",
        "certificate=occupational-safety-card&valid_until=2099-06-30",
    ] {
        let response = post_as(&app, &cookie, "/api/set-certificate", body).await;
        assert_eq!(
            header_of(&response, header::LOCATION),
            "/skills#certificates",
            "{body}"
        );
    }
    let skills = page(&app, &cookie, "/skills").await;
    assert!(skills.contains("Hygiene passport"), "{skills}");
    assert!(skills.contains("Does not end"));
    assert!(skills.contains("Ended on 1 March 2024"));
    assert!(skills.contains("Valid until 30 June 2099"));
    let response = post_as(
        &app,
        &cookie,
        "/api/remove-certificate",
        "certificate=first-aid-1",
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#certificate-remove"
    );
    assert!(!page(&app, &cookie, "/skills").await.contains("Ended on"));
    support::assert_skill_sets_current(&pool).await;
}

/// The status `path` answers to the holder of `cookie`.
async fn status_of(app: &axum::Router, cookie: &str, path: &str) -> u16 {
    send(app, with_cookie(get(path, &[]), cookie))
        .await
        .status()
        .as_u16()
}

/// Maija shares her skills with the organiser of `event`.
async fn share(app: &axum::Router, cookie: &str, event: i64) -> axum::response::Response {
    post_as(app, cookie, "/api/share-skills", &format!("event={event}")).await
}

/// Maija's experience "I cleaned offices and washed windows", written in
/// English, with `skills` linked to it as they are stored.
async fn english_cleaning(pool: &PgPool, maija: i64, skills: &[&str]) -> i64 {
    let mut conn = pool.acquire().await.expect("connection");
    let experience = NewExperience {
        description: "I cleaned offices and washed windows".into(),
        ..cleaning(&[])
    };
    let id = db::add_experience(&mut conn, maija, &experience)
        .await
        .expect("stored")
        .expect("room");
    sqlx::query(
        "insert into experience_skill (experience_id, skill_id) select $1, unnest($2::text[])",
    )
    .bind(id)
    .bind(skills)
    .execute(pool)
    .await
    .expect("linked");
    id
}

async fn stored_skills(pool: &PgPool, experience: i64) -> Vec<String> {
    sqlx::query_scalar(
        "select skill_id from experience_skill where experience_id = $1 order by skill_id",
    )
    .bind(experience)
    .fetch_all(pool)
    .await
    .expect("skills")
}

#[sqlx::test]
async fn ticks_are_kept_whatever_language_the_words_are_in_and_never_cut_silently(pool: PgPool) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    // A skill that has since left the vocabulary: the person cannot see it
    // to untick it, so saving keeps it.
    sqlx::query(
        "insert into vocabulary_skill (skill_id, esco_uri, field, active)
         values ('retired-skill', 'http://data.europa.eu/esco/skill/retired', 'cleaning', false)",
    )
    .execute(&pool)
    .await
    .expect("retired skill");
    let id = english_cleaning(&pool, maija, &["retired-skill"]).await;

    // English words on a Finnish page: the skills are still offered, and saved.
    let choose = page(&app, &cookie, &format!("/experience/{id}?lang=fi")).await;
    assert!(choose.contains("Lattioiden siivous"), "{choose}");
    let response = post_as(
        &app,
        &cookie,
        "/api/save-experience-skills?lang=fi",
        &format!("experience={id}&skills[clean-floors]=yes"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#experiences"
    );
    assert_eq!(
        stored_skills(&pool, id).await,
        ["clean-floors", "retired-skill"]
    );

    // Fifteen chosen already, and one more ticked: said, not cut.
    let fifteen: Vec<String> = sqlx::query_scalar(
        "select skill_id from vocabulary_skill where active and skill_id <> 'clean-floors'
         order by skill_id limit 14",
    )
    .fetch_all(&pool)
    .await
    .expect("skills");
    sqlx::query(
        "insert into experience_skill (experience_id, skill_id) select $1, unnest($2::text[])",
    )
    .bind(id)
    .bind(&fifteen)
    .execute(&pool)
    .await
    .expect("linked");
    let before = stored_skills(&pool, id).await;
    assert_eq!(
        before.len(),
        16,
        "fourteen, clean-floors and the retired one"
    );
    let ticks: String = before
        .iter()
        .chain(["clean-surfaces".to_owned()].iter())
        .map(|s| format!("&skills[{s}]=yes"))
        .collect();
    let response = post_as(
        &app,
        &cookie,
        "/api/save-experience-skills?lang=en",
        &format!("experience={id}{ticks}"),
    )
    .await;
    let form = page_after(
        &app,
        &response,
        &format!("/experience/{id}?lang=en"),
        &cookie,
    )
    .await;
    assert!(form.contains("Tick at most 15 skills"), "{form}");
    assert_eq!(stored_skills(&pool, id).await, before, "nothing changed");
}

/// The skills Maija's /skills page shows, each with its evidence lines, in English.
fn shown(page: &str) -> Vec<(String, bool)> {
    page.split("<li class=\"skill")
        .skip(1)
        .map(|item| {
            let name = item
                .split("<strong>")
                .nth(1)
                .and_then(|rest| rest.split("</strong>").next())
                .unwrap_or_default()
                .to_owned();
            (name, item.starts_with(" skill--seen"))
        })
        .collect()
}

#[sqlx::test]
async fn every_skill_shows_what_shows_it_and_a_coachs_confirmation_stands_apart(pool: PgPool) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    support::assign_to_coach(&pool, maija, coach).await;
    create_account(&pool, Role::Coach, "other-coach@example.fi").await;
    let empty = page(&app, &cookie, "/skills?lang=en").await;
    assert!(empty.contains("No skills here yet"), "{empty}");

    // Her own word, a module, cards (one ended), and an assessment whose
    // first area is at "on my own" and the rest skipped.
    english_cleaning(&pool, maija, &["clean-floors"]).await;
    sqlx::query("insert into module_completion (account_id, module_id, completed_at) values ($1, 'digital-skills', now())")
        .bind(maija)
        .execute(&pool)
        .await
        .expect("module done");
    let mut conn = pool.acquire().await.expect("connection");
    db::set_certificate(&mut conn, maija, "hygiene-passport", None)
        .await
        .expect("card");
    let ended = time::macros::date!(2024 - 01 - 31);
    db::set_certificate(&mut conn, maija, "first-aid-1", Some(ended))
        .await
        .expect("card");
    support::submit_digcomp(&pool, maija, 3, &["2", "3", "4", "5"]).await;

    let skills = page(&app, &cookie, "/skills?lang=en").await;
    let names: Vec<String> = shown(&skills).into_iter().map(|(name, _)| name).collect();
    for expected in [
        "Cleaning floors",
        "Writing documents on a computer",
        "Food hygiene",
        "Searching for information online",
        "Judging if information is reliable",
        "Saving and organising files",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    assert!(
        !names.iter().any(|n| n == "First aid"),
        "an ended card shows nothing"
    );
    assert!(skills.contains("You finished the module “Digital everyday skills”"));
    assert!(skills.contains("Your self-assessment “Digital skills”"));
    assert!(skills.contains("You have the card “Hygiene passport”"));
    assert!(skills.contains("You told us about something you have done"));
    assert!(
        !skills.contains("Seen in practice"),
        "no coach has confirmed anything"
    );

    // A later assessment below "on my own" replaces the first one's evidence.
    support::submit_digcomp(&pool, maija, 2, &["2", "3", "4", "5"]).await;
    let skills = page(&app, &cookie, "/skills?lang=en").await;
    assert!(
        !skills.contains("Judging if information is reliable"),
        "the latest counts"
    );

    // Her coach confirms one of her skills and one from the vocabulary; each is audited.
    let kaisa = sign_in(&app, "kaisa@example.fi").await;
    let coach_page = page(
        &app,
        &kaisa,
        &format!("/coach/jobseekers/{maija}/skills?lang=en"),
    )
    .await;
    assert!(
        coach_page.contains("Skills of Test jobseeker"),
        "{coach_page}"
    );
    let response = post_as(
        &app,
        &kaisa,
        "/api/confirm-skills?lang=en",
        &format!("jobseeker={maija}"),
    )
    .await;
    let form = page_after(
        &app,
        &response,
        &format!("/coach/jobseekers/{maija}/skills?lang=en"),
        &kaisa,
    )
    .await;
    assert!(
        form.contains("Tick or choose at least one skill you have seen"),
        "{form}"
    );
    let response = post_as(
        &app,
        &kaisa,
        "/api/confirm-skills",
        &format!("jobseeker={maija}&skills[clean-floors]=yes&skill=operate-forklift"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{maija}/skills#skill-confirm")
    );
    let skills = page(&app, &cookie, "/skills?lang=en").await;
    let seen: Vec<(String, bool)> = shown(&skills);
    assert_eq!(
        seen[0],
        ("Cleaning floors".to_owned(), true),
        "seen in practice comes first"
    );
    assert_eq!(seen[1], ("Driving a forklift".to_owned(), true));
    assert!(seen[2..].iter().all(|(_, seen)| !seen), "{seen:?}");
    assert!(skills.contains("Seen in practice by your coach Test coach"));
    let audited: Vec<(String, Option<String>)> = sqlx::query_as(
        "select action, detail from audit_log where actor_id = $1 and subject_id = $2 order by audit_log_id",
    )
    .bind(coach)
    .bind(maija)
    .fetch_all(&pool)
    .await
    .expect("audit");
    let actions: Vec<(&str, Option<&str>)> = audited
        .iter()
        .map(|(a, d)| (a.as_str(), d.as_deref()))
        .collect();
    assert_eq!(
        actions,
        [
            ("viewed_personal_data", Some("skills-profile")),
            ("viewed_personal_data", Some("skills-profile")),
            ("skill_confirmed", Some("clean-floors")),
            ("skill_confirmed", Some("operate-forklift")),
        ]
    );

    // Another coach's jobseeker is not found, to read or to confirm.
    let other = sign_in(&app, "other-coach@example.fi").await;
    let skills_page = format!("/coach/jobseekers/{maija}/skills");
    assert_eq!(status_of(&app, &other, &skills_page).await, 404);
    let response = post_as(
        &app,
        &other,
        "/api/withdraw-skill-confirmation",
        &format!("jobseeker={maija}&skill=clean-floors"),
    )
    .await;
    assert!(header_of(&response, header::LOCATION).ends_with("#skill-withdraw-error-summary"));

    // Taken back: the skill stays, from her own word, no longer marked.
    let response = post_as(
        &app,
        &kaisa,
        "/api/withdraw-skill-confirmation",
        &format!("jobseeker={maija}&skill=clean-floors"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/coach/jobseekers/{maija}/skills#skill-withdraw")
    );
    let skills = page(&app, &cookie, "/skills?lang=en").await;
    assert!(shown(&skills).contains(&("Cleaning floors".to_owned(), false)));
    support::assert_skill_sets_current(&pool).await;
}

#[sqlx::test]
async fn assessment_evidence_uses_the_levels_the_results_page_shows(pool: PgPool) {
    use app::skills::types::Level;
    // The view decides "on my own or above" in SQL; it must agree with the
    // results page's rounding for every score near the line.
    for score in [2.0_f32, 2.44, 2.45, 2.449, 2.5, 2.55, 3.0, 3.49] {
        let counts: bool = sqlx::query_scalar("select round($1::real::numeric, 1) >= 2.5")
            .bind(score)
            .fetch_one(&pool)
            .await
            .expect("compared");
        assert_eq!(counts, Level::of(score) >= Level::Intermediate, "{score}");
    }
    // Assessments sent before competence scores were stored get them from
    // the migration's backfill, which must score as the server does.
    load_modules(&pool).await;
    let maija = create_account(&pool, Role::Jobseeker, "maija@example.fi").await;
    support::submit_digcomp(&pool, maija, 3, &["4"]).await;
    let scored = "select competence_id, score from skill_competence_score order by competence_id";
    let by_server: Vec<(String, f32)> = sqlx::query_as(scored)
        .fetch_all(&pool)
        .await
        .expect("scores");
    assert!(!by_server.is_empty());
    sqlx::query("delete from skill_competence_score")
        .execute(&pool)
        .await
        .expect("cleared");
    let migration = include_str!("../../migrations/20261206000003_skill_evidence.up.sql");
    let start = migration
        .find("insert into skill_competence_score")
        .expect("backfill");
    let end = start + migration[start..].find(';').expect("its end");
    sqlx::query(&migration[start..end])
        .execute(&pool)
        .await
        .expect("backfilled");
    let by_migration: Vec<(String, f32)> = sqlx::query_as(scored)
        .fetch_all(&pool)
        .await
        .expect("scores");
    assert_eq!(by_migration, by_server);
}

#[sqlx::test]
async fn skills_are_shown_to_an_events_organiser_only_while_the_jobseeker_shares_them(
    pool: PgPool,
) {
    let (app, cookie, maija) = maija_signed_in(&pool).await;
    english_cleaning(&pool, maija, &["clean-floors"]).await;
    let event = support::published_event(&pool, Some(10), None)
        .await
        .event_id;
    let organiser = support::new_organiser_of(&pool, event, "olli@example.fi").await;
    let olli = sign_in(&app, "olli@example.fi").await;
    let coach = create_account(&pool, Role::Coach, "kaisa@example.fi").await;
    sqlx::query("insert into confirmed_skill (account_id, skill_id, confirmed_by) values ($1, 'clean-floors', $2)")
        .bind(maija)
        .bind(coach)
        .execute(&pool)
        .await
        .expect("confirmed");

    // No place at the event: nothing to share with.
    let response = share(&app, &cookie, event).await;
    assert!(header_of(&response, header::LOCATION).ends_with("#skills-share-error-summary"));
    post_as(
        &app,
        &cookie,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;
    let signup: i64 =
        sqlx::query_scalar("select signup_id from event_signup where account_id = $1")
            .bind(maija)
            .fetch_one(&pool)
            .await
            .expect("a place");
    let shared_page = format!("/organiser/events/{event}/people/{signup}/skills?lang=en");
    assert_eq!(
        status_of(&app, &olli, &shared_page).await,
        404,
        "private until shared"
    );
    let event_page = page(&app, &cookie, &format!("/events/{event}?lang=en")).await;
    assert!(
        event_page.contains("Share my skills with the organiser"),
        "{event_page}"
    );

    let response = share(&app, &cookie, event).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        format!("/events/{event}#skills-share")
    );
    // A second click keeps the first consent's time.
    share(&app, &cookie, event).await;
    let consents: i64 =
        sqlx::query_scalar("select count(*) from profile_share where account_id = $1")
            .bind(maija)
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(consents, 1);
    let manage = page(&app, &olli, &format!("/organiser/events/{event}?lang=en")).await;
    assert!(manage.contains("Skills shared with you"), "{manage}");
    let shared = page(&app, &olli, &shared_page).await;
    assert!(
        shared.contains("Skills Test jobseeker shares with you"),
        "{shared}"
    );
    assert!(shared.contains("Cleaning floors"));
    assert!(
        !shared.contains("I cleaned offices"),
        "her own words stay hers"
    );
    assert!(
        shared.contains("Seen in practice by a job coach"),
        "{shared}"
    );
    assert!(
        !shared.contains("Test coach"),
        "who her coach is stays hers"
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where actor_id = $1 and subject_id = $2
         and action = 'viewed_personal_data' and detail = $3",
    )
    .bind(organiser)
    .bind(maija)
    .bind(format!("shared-skills event {event}"))
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1);
    let mine = page(&app, &cookie, "/skills?lang=en").await;
    assert!(
        mine.contains("Stop sharing with Rekrytointipäivä"),
        "{mine}"
    );

    // Stopped from /skills: the organiser no longer sees them; the record stays.
    let response = post_as(
        &app,
        &cookie,
        "/api/stop-sharing-skills",
        &format!("event={event}&from=skills"),
    )
    .await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/skills#skills-share-stop"
    );
    assert_eq!(status_of(&app, &olli, &shared_page).await, 404);
    let manage = page(&app, &olli, &format!("/organiser/events/{event}?lang=en")).await;
    assert!(!manage.contains("Skills shared with you"));
    let mut conn = pool.acquire().await.expect("connection");
    let mut data = app::my_account::MyData::default();
    Domain::Profile
        .export(&mut conn, maija, &mut data)
        .await
        .expect("export");
    let record = &data.skills_profile.shared_with_events;
    assert_eq!(record.len(), 1);
    assert!(
        record[0].revoked_at.is_some(),
        "when it was taken back is kept"
    );

    // Shared again, then the place given up: sharing ends with the place.
    share(&app, &cookie, event).await;
    assert_eq!(status_of(&app, &olli, &shared_page).await, 200);
    post_as(
        &app,
        &cookie,
        "/api/event-cancel-sign-up",
        &format!("event={event}"),
    )
    .await;
    assert_eq!(status_of(&app, &olli, &shared_page).await, 404);
    // A new place needs a new consent: the old one ended with the old place.
    post_as(
        &app,
        &cookie,
        "/api/event-sign-up",
        &format!("event={event}"),
    )
    .await;
    let again: i64 = sqlx::query_scalar(
        "select signup_id from event_signup where account_id = $1 and status <> 'cancelled'",
    )
    .bind(maija)
    .fetch_one(&pool)
    .await
    .expect("a new place");
    let again_page = format!("/organiser/events/{event}/people/{again}/skills");
    assert_eq!(status_of(&app, &olli, &again_page).await, 404);
    assert!(
        page(&app, &cookie, "/skills?lang=en")
            .await
            .contains("You do not share your skills with anyone else")
    );
    share(&app, &cookie, event).await;
    let shared = page(&app, &olli, &again_page).await;
    assert!(shared.contains("Cleaning floors"), "{shared}");
}
