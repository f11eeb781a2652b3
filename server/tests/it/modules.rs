//! Coaching modules: loading the content files, saving and resuming progress,
//! answers applied once, the English fallback, and who sees what.

use crate::support;

use std::path::{Path, PathBuf};

use app::accounts::Role;
use axum::http::{StatusCode, header};
use sqlx::PgPool;
use support::{
    assign_to_coach, content_dir, create_account, form_post, get, header_of, load_modules,
    page_after, post_as, send, sign_in, test_app, text, with_cookie,
};

const ANSWER_ID: &str = "6f1c2a53-8a43-4c39-9c52-3c1f1d5c0a11";

/// A content folder of its own under the system's temporary folder, with
/// `modules/` and a sibling `public/`, removed when dropped.
struct TempContent(PathBuf);

impl TempContent {
    fn new(name: &str) -> Self {
        let root = std::env::temp_dir().join(format!("askel-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("content/modules")).expect("temp content");
        std::fs::create_dir_all(root.join("public")).expect("temp public");
        Self(root)
    }

    fn dir(&self) -> PathBuf {
        self.0.join("content")
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.dir().join("modules").join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(path, text).expect("written");
    }
}

impl Drop for TempContent {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const META: &str = "position = 1\nversion = 1\nminutes = 5\n";
const SMALL_MODULE: &str = r#"title = "Small"
summary = "A small module."

[[steps]]
id = "read"
kind = "text"
title = "Read this"
body = "Hello."

[[steps]]
id = "pick"
kind = "question"
title = "Pick"
answer = "single"
question = "Which?"
feedback = "Good."
[[steps.options]]
id = "a"
text = "A"
correct = true
[[steps.options]]
id = "b"
text = "B"
"#;

async fn module_count(pool: &PgPool) -> i64 {
    sqlx::query_scalar("select count(*) from module")
        .fetch_one(pool)
        .await
        .expect("count")
}

async fn load(pool: &PgPool, dir: &Path) -> Result<Vec<String>, String> {
    server::load_content(pool, dir)
        .await
        .map(|loaded| loaded.report)
        .map_err(|e| e.to_string())
}

#[sqlx::test]
async fn the_repository_content_loads_in_every_language(pool: PgPool) {
    let report = load(&pool, &content_dir()).await.expect("loads");
    let modules = report
        .iter()
        .filter(|line| !line.starts_with("assessment ") && !line.starts_with("vocabulary"))
        .count();
    assert_eq!(modules, 6, "{report:?}");
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "select m.module_id,
                (select count(*) from module_step s where s.module_id = m.module_id and s.position is not null),
                (select count(*) from module_locale l where l.module_id = m.module_id)
         from module m order by position",
    )
    .fetch_all(&pool)
    .await
    .expect("modules");
    let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        ids,
        [
            "strengths",
            "cv",
            "job-search-online",
            "interview",
            "digital-skills",
            "working-life"
        ]
    );
    for (id, steps, locales) in &rows {
        assert!((5..=12).contains(steps), "{id} has {steps} steps");
        assert_eq!(*locales, 9, "{id} is in all nine languages");
    }
    // Loading again changes nothing.
    assert_eq!(
        load(&pool, &content_dir()).await.expect("reload"),
        Vec::<String>::new()
    );
}

#[sqlx::test]
async fn an_invalid_file_is_named_with_its_line_and_nothing_is_loaded(pool: PgPool) {
    let content = TempContent::new("invalid");
    content.write("good/module.toml", META);
    content.write("good/en.toml", SMALL_MODULE);
    content.write("later/module.toml", META);
    // Line 6 has a kind no step can have.
    content.write(
        "later/en.toml",
        &SMALL_MODULE.replace("kind = \"text\"", "kind = \"poem\""),
    );
    let error = load(&pool, &content.dir()).await.expect_err("refused");
    assert!(error.ends_with("later/en.toml:6: unknown step kind \"poem\" (text, video, question, checklist or reflection)"), "{error}");
    assert_eq!(module_count(&pool).await, 0, "nothing half-loaded");

    let cases = [
        ("title = \"Small\"\nsummary = ", "later/en.toml:2:"),
        (
            &SMALL_MODULE.replace(
                "body = \"Hello.\"",
                "body = \"\"\"\nHi.\n\n<script>x</script>\n\"\"\"",
            ),
            "later/en.toml:11: raw HTML is not allowed",
        ),
        (
            &SMALL_MODULE.replace("body = \"Hello.\"", "body = \"![](/media/none.png)\""),
            "later/en.toml:8: \"/media/none.png\" is not a file under public/",
        ),
        (
            &SMALL_MODULE.replace("id = \"b\"", "id = \"a\""),
            "later/en.toml:11: option or item id \"a\" must be unique",
        ),
    ];
    for (text, expected) in cases {
        content.write("later/en.toml", text);
        let error = load(&pool, &content.dir()).await.expect_err("refused");
        assert!(error.contains(expected), "{expected:?} in {error}");
    }
    assert_eq!(module_count(&pool).await, 0);

    // A translation must keep the source's structure.
    content.write("later/en.toml", SMALL_MODULE);
    content.write(
        "later/fi.toml",
        &SMALL_MODULE.replace("correct = true\n", ""),
    );
    let error = load(&pool, &content.dir()).await.expect_err("refused");
    assert!(
        error.contains("later/fi.toml:11: step \"pick\" differs"),
        "{error}"
    );
    assert_eq!(module_count(&pool).await, 0);
}

#[sqlx::test]
async fn new_content_needs_a_new_version_and_keeps_progress(pool: PgPool) {
    let content = TempContent::new("version");
    content.write("small/module.toml", META);
    content.write("small/en.toml", SMALL_MODULE);
    load(&pool, &content.dir()).await.expect("first load");
    let id = create_account(&pool, Role::Jobseeker, "v@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "v@example.fi").await;
    let body = format!("module=small&step=read&answer_id={ANSWER_ID}");
    post_as(&app, &cookie, "/api/module-answer", &body).await;

    // The step "read" is renamed in the text and a step added in front.
    let changed = SMALL_MODULE.replace("title = \"Read this\"", "title = \"Read this first\"");
    let changed = changed.replacen(
        "[[steps]]",
        "[[steps]]\nid = \"new\"\nkind = \"text\"\ntitle = \"New\"\nbody = \"New.\"\n\n[[steps]]",
        1,
    );
    content.write("small/en.toml", &changed);
    let error = load(&pool, &content.dir()).await.expect_err("same version");
    assert!(error.contains("raise `version`"), "{error}");
    content.write(
        "small/module.toml",
        &META.replace("version = 1", "version = 2"),
    );
    load(&pool, &content.dir()).await.expect("new version");

    let answers: i64 = sqlx::query_scalar(
        "select count(*) from module_answer where account_id = $1 and step_id = 'read'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(answers, 1, "progress survives the update");
    // Resuming starts at the new step, the first one not done.
    let response = send(&app, with_cookie(get("/modules/small", &[]), &cookie)).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/modules/small/steps/new"
    );
    // A module whose folder is gone leaves the list.
    std::fs::remove_dir_all(content.dir().join("modules/small")).expect("removed");
    load(&pool, &content.dir()).await.expect("load without it");
    let page = text(send(&app, with_cookie(get("/modules?lang=en", &[]), &cookie)).await).await;
    assert!(!page.contains("/modules/small"), "{page}");
}

/// Where a step's plain form post sends the browser.
async fn answer(app: &axum::Router, cookie: &str, body: &str) -> (StatusCode, String) {
    let response = post_as(app, cookie, "/api/module-answer", body).await;
    (response.status(), header_of(&response, header::LOCATION))
}

#[sqlx::test]
async fn progress_is_saved_after_every_step_and_resumes_where_it_stopped(pool: PgPool) {
    load_modules(&pool).await;
    create_account(&pool, Role::Jobseeker, "p@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "p@example.fi").await;

    let list = text(send(&app, with_cookie(get("/modules?lang=en", &[]), &cookie)).await).await;
    assert!(list.contains("Writing a CV"), "{list}");
    assert!(list.contains("Not started"));

    let response = send(&app, with_cookie(get("/modules/cv", &[]), &cookie)).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/modules/cv/steps/welcome"
    );
    let step = text(
        send(
            &app,
            with_cookie(get("/modules/cv/steps/welcome?lang=en", &[]), &cookie),
        )
        .await,
    )
    .await;
    assert!(step.contains("Step 1 of 9"), "{step}");

    let (_, next) = answer(
        &app,
        &cookie,
        &format!("module=cv&step=welcome&answer_id={ANSWER_ID}"),
    )
    .await;
    assert_eq!(next, "/modules/cv/steps/parts");
    // A question without an answer: the error summary, nothing saved.
    let (_, back) = answer(
        &app,
        &cookie,
        "module=cv&step=length&answer_id=0b3f6a8e-4f3e-4b61-8f4a-5a1a8b0c2d01",
    )
    .await;
    assert_eq!(back, "/modules/cv/steps/length#module-step-error-summary");
    let response = post_as(
        &app,
        &cookie,
        "/api/module-answer",
        "module=cv&step=length&answer_id=0b3f6a8e-4f3e-4b61-8f4a-5a1a8b0c2d01",
    )
    .await;
    let page = page_after(&app, &response, "/modules/cv/steps/length?lang=en", &cookie).await;
    assert!(
        page.contains(r##"<a href="#module-step-answer">Choose one answer</a>"##),
        "{page}"
    );
    // A question answered: back to the same step, which shows the feedback.
    let (_, feedback) = answer(
        &app,
        &cookie,
        "module=cv&step=length&answer_id=0b3f6a8e-4f3e-4b61-8f4a-5a1a8b0c2d02&choices[]=one-two",
    )
    .await;
    assert_eq!(feedback, "/modules/cv/steps/length#module-step");
    let page = text(
        send(
            &app,
            with_cookie(get("/modules/cv/steps/length?lang=en", &[]), &cookie),
        )
        .await,
    )
    .await;
    assert!(
        page.contains("Your answer") && page.contains("right"),
        "{page}"
    );

    let list = text(send(&app, with_cookie(get("/modules?lang=en", &[]), &cookie)).await).await;
    assert!(list.contains("In progress: 2 of 9 steps done"), "{list}");
    // Another browser (a new sign-in) resumes at the first step not done.
    let other = sign_in(&app, "p@example.fi").await;
    let response = send(&app, with_cookie(get("/modules/cv", &[]), &other)).await;
    assert_eq!(
        header_of(&response, header::LOCATION),
        "/modules/cv/steps/parts"
    );
}

#[sqlx::test]
async fn an_answer_sent_twice_is_saved_once(pool: PgPool) {
    load_modules(&pool).await;
    let id = create_account(&pool, Role::Jobseeker, "twice@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "twice@example.fi").await;
    let first = format!("module=strengths&step=my-strength&answer_id={ANSWER_ID}&text=Patient");
    let replay = format!("module=strengths&step=my-strength&answer_id={ANSWER_ID}&text=Changed");
    for body in [&first, &replay, &first] {
        // As the island sends it, e.g. when coming back online.
        let response = send(
            &app,
            with_cookie(form_post("/api/module-answer", body, false), &cookie),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let rows: Vec<(String,)> =
        sqlx::query_as("select text from module_answer where account_id = $1")
            .bind(id)
            .fetch_all(&pool)
            .await
            .expect("answers");
    assert_eq!(rows, [("Patient".to_owned(),)]);
    // A new answer id changes the answer.
    let newer = "module=strengths&step=my-strength&answer_id=9d7e6b1c-1111-4c39-9c52-3c1f1d5c0a11&text=Calm";
    send(
        &app,
        with_cookie(form_post("/api/module-answer", newer, false), &cookie),
    )
    .await;
    let text: String = sqlx::query_scalar("select text from module_answer where account_id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("answer");
    assert_eq!(text, "Calm");
    // Bad input is explained, not a crash.
    for (body, status) in [
        (
            "module=strengths&step=my-strength&answer_id=nope",
            StatusCode::BAD_REQUEST,
        ),
        (
            "module=strengths&step=nope&answer_id=9d7e6b1c-2222-4c39-9c52-3c1f1d5c0a11",
            StatusCode::NOT_FOUND,
        ),
        (
            "module=nope&step=x&answer_id=9d7e6b1c-3333-4c39-9c52-3c1f1d5c0a11",
            StatusCode::NOT_FOUND,
        ),
    ] {
        let response = send(
            &app,
            with_cookie(form_post("/api/module-answer", body, false), &cookie),
        )
        .await;
        assert_eq!(response.status(), status, "{body}");
    }
}

/// Posts an answer to `strengths/my-strength` as the player island does.
async fn answer_given(app: &axum::Router, cookie: &str, fields: &str) -> StatusCode {
    let body = format!("module=strengths&step=my-strength&{fields}");
    send(
        app,
        with_cookie(form_post("/api/module-answer", &body, false), cookie),
    )
    .await
    .status()
}

async fn stored_answer(pool: &PgPool, account_id: i64) -> (String, bool, i64) {
    sqlx::query_as(
        "select text, shared_with_coach, extract(epoch from now() - answered_at)::bigint
         from module_answer where account_id = $1 and step_id = 'my-strength'",
    )
    .bind(account_id)
    .fetch_one(pool)
    .await
    .expect("answer")
}

#[sqlx::test]
async fn a_late_replay_never_overwrites_a_newer_answer(pool: PgPool) {
    load_modules(&pool).await;
    let id = create_account(&pool, Role::Jobseeker, "late@example.fi").await;
    let other = create_account(&pool, Role::Jobseeker, "other@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "late@example.fi").await;
    // Given offline an hour ago, sent now: stored as given an hour ago.
    let hour_ago = format!(
        "answer_id=9d7e6b1c-0001-4c39-9c52-3c1f1d5c0a11&text=Shared+first&shared=yes&given_ms_ago=3600000&owner={id}"
    );
    assert_eq!(answer_given(&app, &cookie, &hour_ago).await, StatusCode::OK);
    let (_, _, age) = stored_answer(&pool, id).await;
    assert!((3590..=3610).contains(&age), "{age}");
    // Then made private on another device just now.
    let now = "answer_id=9d7e6b1c-0002-4c39-9c52-3c1f1d5c0a11&text=Private+now";
    assert_eq!(answer_given(&app, &cookie, now).await, StatusCode::OK);
    // A phone that was offline for a day replays what it was given before:
    // confirmed (so it stops sending), but the newer private answer stays.
    for fields in [
        format!(
            "answer_id=9d7e6b1c-0003-4c39-9c52-3c1f1d5c0a11&text=Old&shared=yes&given_ms_ago=60000&owner={id}"
        ),
        format!(
            "answer_id=9d7e6b1c-0004-4c39-9c52-3c1f1d5c0a11&text=Ancient&shared=yes&given_ms_ago={}&owner={id}",
            u64::MAX
        ),
    ] {
        assert_eq!(
            answer_given(&app, &cookie, &fields).await,
            StatusCode::OK,
            "{fields}"
        );
        assert_eq!(
            {
                let (text, shared, _) = stored_answer(&pool, id).await;
                (text, shared)
            },
            ("Private now".to_owned(), false)
        );
    }
    // An answer given by someone else signed in before on this phone waits
    // for them (401), and a negative age is refused.
    for (fields, status) in [
        (
            format!("answer_id=9d7e6b1c-0005-4c39-9c52-3c1f1d5c0a11&text=Theirs&owner={other}"),
            StatusCode::UNAUTHORIZED,
        ),
        (
            "answer_id=9d7e6b1c-0006-4c39-9c52-3c1f1d5c0a11&text=Soon&given_ms_ago=-5".to_owned(),
            StatusCode::BAD_REQUEST,
        ),
    ] {
        assert_eq!(
            answer_given(&app, &cookie, &fields).await,
            status,
            "{fields}"
        );
    }
    assert_eq!(stored_answer(&pool, id).await.0, "Private now");
    // A blank answer from an offline copy (which showed no stored answer)
    // never erases the reflection; on a step with no answer it marks it done.
    let blank = "answer_id=9d7e6b1c-0007-4c39-9c52-3c1f1d5c0a11&text=&only_if_new=yes";
    assert_eq!(answer_given(&app, &cookie, blank).await, StatusCode::OK);
    assert_eq!(stored_answer(&pool, id).await.0, "Private now");
    let intro = "module=strengths&step=intro&answer_id=9d7e6b1c-0008-4c39-9c52-3c1f1d5c0a11&only_if_new=yes";
    let response = send(
        &app,
        with_cookie(form_post("/api/module-answer", intro, false), &cookie),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let done: i64 = sqlx::query_scalar(
        "select count(*) from module_answer where account_id = $1 and step_id = 'intro'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(done, 1);
    let receipts: i64 =
        sqlx::query_scalar("select count(*) from answer_receipt where account_id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("receipts");
    assert_eq!(receipts, 6);
}

#[sqlx::test]
async fn a_module_missing_in_a_language_is_shown_in_english_with_a_notice(pool: PgPool) {
    let content = TempContent::new("fallback");
    content.write("small/module.toml", META);
    content.write("small/en.toml", SMALL_MODULE);
    load(&pool, &content.dir()).await.expect("loads");
    create_account(&pool, Role::Jobseeker, "f@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "f@example.fi").await;
    let page = text(
        send(
            &app,
            with_cookie(get("/modules/small/steps/read?lang=fi", &[]), &cookie),
        )
        .await,
    )
    .await;
    assert!(page.contains(r#"<html lang="fi""#), "{page}");
    assert!(
        page.contains("Tätä osiota ei ole vielä sinun kielelläsi"),
        "notice in Finnish: {page}"
    );
    assert!(
        page.contains(r#"<h1 tabindex="-1" lang="en">Read this</h1>"#),
        "{page}"
    );
    let list = text(send(&app, with_cookie(get("/modules?lang=fi", &[]), &cookie)).await).await;
    assert!(list.contains(r#"lang="en">Small</a>"#), "{list}");
}

#[sqlx::test]
async fn a_language_listed_as_complete_must_have_every_module(pool: PgPool) {
    let content = TempContent::new("complete");
    content.write("small/module.toml", META);
    content.write("small/en.toml", SMALL_MODULE);
    content.write("small/fi-selko.toml", SMALL_MODULE);
    content.write("later/module.toml", META);
    content.write("later/en.toml", SMALL_MODULE);
    let languages = content.dir().join("languages.toml");
    std::fs::write(
        &languages,
        "# shipped\ncomplete = [\"en\",\n  \"fi-selko\"]\n",
    )
    .expect("written");
    let error = load(&pool, &content.dir()).await.expect_err("refused");
    assert!(
        error.ends_with("languages.toml:3: fi-selko is listed as complete, but modules/later has no fi-selko.toml"),
        "{error}"
    );
    assert_eq!(module_count(&pool).await, 0, "nothing half-loaded");

    std::fs::write(&languages, "complete = [\"en\", \"de\"]\n").expect("written");
    let error = load(&pool, &content.dir()).await.expect_err("refused");
    assert!(
        error.ends_with("languages.toml:1: \"de\" is not a language Askel offers"),
        "{error}"
    );

    content.write("later/fi-selko.toml", SMALL_MODULE);
    std::fs::write(&languages, "complete = [\"en\", \"fi-selko\"]\n").expect("written");
    load(&pool, &content.dir()).await.expect("complete in both");
    assert_eq!(module_count(&pool).await, 2);

    // Words explained are content too.
    let word =
        "[[words]]\nid = \"cv\"\nterm = \"CV\"\nforms = [\"CV\"]\nexplains = \"About you.\"\n";
    content.write("../glossary/en.toml", word);
    let error = load(&pool, &content.dir()).await.expect_err("refused");
    assert!(
        error.ends_with(
            "languages.toml:1: fi-selko is listed as complete, but glossary has no fi-selko.toml"
        ),
        "{error}"
    );
    content.write("../glossary/fi-selko.toml", word);
    load(&pool, &content.dir())
        .await
        .expect("complete with words");
}

/// Easy Finnish readers read standard Finnish before English; Arabic readers
/// English; each page names the language it shows and says so.
#[sqlx::test]
async fn a_module_missing_in_a_language_comes_from_the_nearest_language_of_its_chain(pool: PgPool) {
    let content = TempContent::new("chain");
    content.write("small/module.toml", META);
    content.write("small/en.toml", SMALL_MODULE);
    content.write(
        "small/fi.toml",
        &SMALL_MODULE
            .replace("\"Small\"", "\"Pieni\"")
            .replace("Read this", "Lue tämä"),
    );
    load(&pool, &content.dir()).await.expect("loads");
    create_account(&pool, Role::Jobseeker, "f@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "f@example.fi").await;
    let page_in = |lang: &'static str| {
        let (app, cookie) = (app.clone(), cookie.clone());
        async move {
            let path = format!("/modules/small/steps/read?lang={lang}");
            text(send(&app, with_cookie(get(&path, &[]), &cookie)).await).await
        }
    };

    let selko = page_in("fi-selko").await;
    assert!(selko.contains(r#"<html lang="fi" dir="ltr""#), "{selko}");
    assert!(selko.contains(r#"lang="fi">Lue tämä</h1>"#), "{selko}");
    assert!(
        selko.contains(&app::i18n::translate(
            app::i18n::Locale::Selko,
            "module-fallback-notice-finnish"
        )),
        "the notice in Easy Finnish: {selko}"
    );
    let arabic = page_in("ar").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{arabic}");
    assert!(arabic.contains(r#"lang="en">Read this</h1>"#), "{arabic}");
    assert!(
        arabic.contains(&app::i18n::translate(
            app::i18n::Locale::Ar,
            "module-fallback-notice"
        )),
        "the notice in Arabic: {arabic}"
    );
    let finnish = page_in("fi").await;
    assert!(
        finnish.contains(r#"<h1 tabindex="-1">Lue tämä</h1>"#),
        "{finnish}"
    );

    let list = text(
        send(
            &app,
            with_cookie(get("/modules?lang=fi-selko", &[]), &cookie),
        )
        .await,
    )
    .await;
    assert!(list.contains(r#"lang="fi">Pieni</a>"#), "{list}");

    // Everything else that names a module (matching, the skills profile, a
    // coach's view of reflections, the job-search log) takes it through the
    // same chain.
    let mut conn = pool.acquire().await.expect("connection");
    for (locale, title) in [
        (app::i18n::Locale::Selko, "Pieni"),
        (app::i18n::Locale::Et, "Pieni"),
        (app::i18n::Locale::Ar, "Small"),
        (app::i18n::Locale::Fi, "Pieni"),
    ] {
        let titles = app::matching::db::module_titles(&mut conn, &locale.chain_codes())
            .await
            .expect("titles");
        assert_eq!(
            titles.get("small").map(String::as_str),
            Some(title),
            "{locale:?}"
        );
    }
}

#[sqlx::test]
async fn a_jobseeker_sees_only_their_own_answers(pool: PgPool) {
    load_modules(&pool).await;
    create_account(&pool, Role::Jobseeker, "a@example.fi").await;
    create_account(&pool, Role::Jobseeker, "b@example.fi").await;
    let app = test_app(pool.clone(), false);
    let a = sign_in(&app, "a@example.fi").await;
    let b = sign_in(&app, "b@example.fi").await;
    let body =
        format!("module=strengths&step=my-strength&answer_id={ANSWER_ID}&text=My+secret+plan");
    post_as(&app, &a, "/api/module-answer", &body).await;
    let mine = text(
        send(
            &app,
            with_cookie(get("/modules/strengths/steps/my-strength", &[]), &a),
        )
        .await,
    )
    .await;
    assert!(mine.contains("My secret plan"));
    for path in [
        "/modules/strengths/steps/my-strength",
        "/modules/strengths/done",
        "/api/my-data",
    ] {
        let theirs = text(send(&app, with_cookie(get(path, &[]), &b)).await).await;
        assert!(!theirs.contains("My secret plan"), "{path}");
    }
    let export = text(send(&app, with_cookie(get("/api/my-data", &[]), &a)).await).await;
    assert!(export.contains("My secret plan"), "{export}");
    // Staff cannot open the jobseeker's module pages at all.
    create_account(&pool, Role::Coach, "c@example.fi").await;
    let coach = sign_in(&app, "c@example.fi").await;
    let response = send(
        &app,
        with_cookie(get("/modules/strengths/steps/my-strength", &[]), &coach),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[sqlx::test]
async fn a_coach_assigns_modules_to_their_own_jobseekers_only(pool: PgPool) {
    load_modules(&pool).await;
    let coach = create_account(&pool, Role::Coach, "coach@example.fi").await;
    let other_coach = create_account(&pool, Role::Coach, "other@example.fi").await;
    let mine = create_account(&pool, Role::Jobseeker, "mine@example.fi").await;
    let theirs = create_account(&pool, Role::Jobseeker, "theirs@example.fi").await;
    assign_to_coach(&pool, mine, coach).await;
    assign_to_coach(&pool, theirs, other_coach).await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "coach@example.fi").await;
    let assign = |body: String| {
        let (app, cookie) = (app.clone(), cookie.clone());
        async move {
            send(
                &app,
                with_cookie(form_post("/api/assign-module", &body, false), &cookie),
            )
            .await
            .status()
        }
    };
    assert_eq!(
        assign(format!(
            "jobseeker={mine}&module=working-life&due_on=2026-12-31"
        ))
        .await,
        StatusCode::OK
    );
    assert_eq!(
        assign(format!("jobseeker={theirs}&module=cv")).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        assign(format!("jobseeker={mine}&module=no-such")).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        assign(format!("jobseeker={mine}&module=cv&due_on=31.12.")).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_log where action = 'module_assigned' and actor_id = $1 and subject_id = $2",
    )
    .bind(coach)
    .bind(mine)
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1);

    // The jobseeker sees it first in the list, with its due date.
    let js = sign_in(&app, "mine@example.fi").await;
    let list = text(send(&app, with_cookie(get("/modules?lang=en", &[]), &js)).await).await;
    let first_card = list.find("module-card").expect("cards");
    let working_life = list
        .find("/modules/working-life")
        .expect("assigned module listed");
    let strengths = list.find("/modules/strengths").expect("others listed");
    assert!(
        first_card < working_life && working_life < strengths,
        "assigned first"
    );
    assert!(
        list.contains("Please finish it by 31 December 2026"),
        "{list}"
    );
    // A jobseeker cannot assign.
    let response = send(
        &app,
        with_cookie(
            form_post(
                "/api/assign-module",
                &format!("jobseeker={mine}&module=cv"),
                false,
            ),
            &js,
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[sqlx::test]
async fn deleting_the_account_deletes_module_answers(pool: PgPool) {
    load_modules(&pool).await;
    let id = create_account(&pool, Role::Jobseeker, "gone@example.fi").await;
    let app = test_app(pool.clone(), false);
    let cookie = sign_in(&app, "gone@example.fi").await;
    let body = format!("module=strengths&step=my-strength&answer_id={ANSWER_ID}&text=Mine");
    post_as(&app, &cookie, "/api/module-answer", &body).await;
    let response = support::delete_own_account(&app, &cookie).await;
    assert_eq!(header_of(&response, header::LOCATION), "/account/deleted");
    for table in ["module_answer", "answer_receipt", "module_assignment"] {
        let left: i64 = sqlx::query_scalar(&format!(
            "select count(*) from {table} where account_id = $1"
        ))
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("count");
        assert_eq!(left, 0, "{table}");
    }
}

#[sqlx::test]
async fn the_last_two_steps_answered_at_the_same_moment_complete_the_module(pool: PgPool) {
    use app::modules::{
        db::{Given, save_answer},
        types::Answer,
    };
    let content = TempContent::new("at-once");
    content.write("small/module.toml", META);
    content.write("small/en.toml", SMALL_MODULE);
    load(&pool, &content.dir()).await.expect("loaded");
    let id = create_account(&pool, Role::Jobseeker, "both@example.fi").await;
    let given = |n: u128| Given {
        answer_id: sqlx::types::Uuid::from_u128(n),
        given_ms_ago: 0,
        only_if_new: false,
    };
    let answer = Answer {
        choices: vec!["a".into()],
        ..Answer::default()
    };
    // Both steps answered in two transactions at once (from two tabs, or a
    // queue sent while the other is saved).
    let mut first = pool.begin().await.expect("a transaction");
    save_answer(
        &mut first,
        id,
        "small",
        "read",
        &given(1),
        &Answer::default(),
    )
    .await
    .expect("saved");
    let second = tokio::spawn({
        let (pool, answer) = (pool.clone(), answer.clone());
        async move {
            let mut second = pool.begin().await.expect("a transaction");
            save_answer(&mut second, id, "small", "pick", &given(2), &answer)
                .await
                .expect("saved");
            second.commit().await.expect("committed");
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    first.commit().await.expect("committed");
    second.await.expect("the second answer");
    let completed: i64 = sqlx::query_scalar(
        "select count(*) from module_completion where account_id = $1 and module_id = 'small'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(completed, 1);
}
