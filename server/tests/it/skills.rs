//! Skills self-assessment: loading the frameworks, and storing and ordering
//! scored assessments.

use crate::support;

use std::collections::HashMap;

use app::{
    accounts::Role,
    i18n::Locale,
    skills::{db, types::Mode},
};
use sqlx::PgPool;
use support::{content_dir, copy_of_content, create_account, load_modules, submit_digcomp};

#[sqlx::test]
async fn both_frameworks_load_in_three_languages_with_digcomps_numbering(pool: PgPool) {
    load_modules(&pool).await;
    let mut conn = pool.acquire().await.expect("connection");
    for locale in Locale::ALL {
        let frameworks = db::frameworks(&mut conn, locale).await.expect("frameworks");
        let ids: Vec<&str> = frameworks.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["digcomp", "working-life"], "{locale:?}");
        let digcomp = &frameworks[0];
        let competences: Vec<&str> = digcomp
            .areas
            .iter()
            .flat_map(|a| &a.competences)
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(
            competences,
            [
                "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3",
                "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4"
            ]
        );
        assert_eq!(digcomp.questions(Mode::Short).len(), 21);
        for question in digcomp.questions(Mode::Full) {
            assert!(
                !question.statement.text.is_empty(),
                "{locale:?} {}",
                question.statement.id
            );
            assert!((2..=4).contains(&question.competence.statements.len()));
        }
    }
    // Loading again changes nothing.
    let report = server::load_content(&pool, &content_dir())
        .await
        .expect("reload")
        .report;
    assert!(report.is_empty(), "{report:?}");
}

#[sqlx::test]
async fn a_translation_missing_a_statement_is_named_with_its_file_and_nothing_is_loaded(
    pool: PgPool,
) {
    let content = copy_of_content("skills");
    let root = content.parent().expect("root").to_owned();
    let fi = content.join("assessments/digcomp/fi.toml");
    let text = std::fs::read_to_string(&fi).expect("fi.toml");
    let without: String = text
        .lines()
        .filter(|line| !line.starts_with("\"4.2-"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&fi, without).expect("written");
    let error = server::load_content(&pool, &content)
        .await
        .expect_err("refused")
        .to_string();
    let _ = std::fs::remove_dir_all(&root);
    assert!(error.contains("assessments/digcomp/fi.toml:"), "{error}");
    assert!(
        error.contains("[statements] has no text for \"4.2-"),
        "{error}"
    );
    let frameworks: i64 = sqlx::query_scalar("select count(*) from skill_framework")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(frameworks, 0, "nothing half-loaded");
}

#[sqlx::test]
async fn submitted_assessments_keep_their_area_scores_oldest_first(pool: PgPool) {
    load_modules(&pool).await;
    let me = create_account(&pool, Role::Jobseeker, "assess@example.fi").await;
    // First everything "with help", then everything "on my own" but area 5 skipped.
    submit_digcomp(&pool, me, 2, &[]).await;
    submit_digcomp(&pool, me, 3, &["5"]).await;
    let mut conn = pool.acquire().await.expect("connection");
    assert!(
        db::draft(&mut conn, me, "digcomp")
            .await
            .expect("read")
            .is_none()
    );
    let history = db::history(&mut conn, me, "digcomp")
        .await
        .expect("history");
    assert_eq!(history.len(), 2);
    let expected_first: HashMap<String, f32> = ["1", "2", "3", "4", "5"]
        .iter()
        .map(|a| ((*a).to_owned(), 2.0))
        .collect();
    let expected_latest: HashMap<String, f32> = ["1", "2", "3", "4"]
        .iter()
        .map(|a| ((*a).to_owned(), 3.0))
        .collect();
    assert_eq!(history[0].scores, expected_first);
    assert_eq!(
        history[1].scores, expected_latest,
        "a skipped area has no score"
    );
    assert!(history[0].submitted_at <= history[1].submitted_at);

    // Deleting the person's assessments takes answers and scores with them.
    db::remove_assessments(&mut conn, me)
        .await
        .expect("removed");
    let left: i64 = sqlx::query_scalar(
        "select (select count(*) from skill_answer) + (select count(*) from skill_area_score)",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(left, 0);
}
