//! Jobs from a job board's feed of schema.org `JobPosting`s: mapped onto the
//! vocabulary, with a report of what did not map, and kept current by
//! importing the feed again.

use crate::support;

use std::path::Path;

use server::job_feed::import_feed;
use sqlx::PgPool;
use support::{load_modules, vocabulary};

fn sample_feed() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../scripts/sample-job-feed.json"
    ))
}

#[sqlx::test]
async fn a_feed_maps_onto_the_vocabulary_and_says_what_did_not(pool: PgPool) {
    load_modules(&pool).await;
    let report = import_feed(&pool, &vocabulary(), sample_feed(), "tyopaikat")
        .await
        .expect("imported");
    assert_eq!(
        report[0],
        "tyopaikat: 5 jobs read, 5 new, 0 updated, 0 closed as no longer listed"
    );
    for expected in [
        "not mapped: varasto-vantaa-17: skill \"reach truck experience\" is not in the vocabulary",
        "not mapped: kok-espoo-3: occupation 9412 Kitchen helpers names ISCO group 9412, which holds more than one occupation here",
        "not mapped: helpdesk-remote-2: occupation http://data.europa.eu/esco/occupation/00000000-not-in-the-vocabulary is not in the vocabulary",
        "not mapped: helpdesk-remote-2: employment type CONTRACTOR has no form here",
        "refused: posting 6: no title",
    ] {
        assert!(
            report.iter().any(|line| line == expected),
            "{expected} in {report:#?}"
        );
    }
    assert_eq!(report.len(), 6, "{report:#?}");

    type Row = (
        String,
        Option<String>,
        Option<String>,
        bool,
        Option<String>,
        Option<time::Date>,
        Vec<String>,
        String,
    );
    let jobs: Vec<Row> = sqlx::query_as(
        "select j.source_id, j.occupation_id, j.municipality, j.remote, j.form, j.apply_by,
                array(select skill_id from job_skill s where s.job_id = j.job_id and s.must order by skill_id),
                e.name
         from job j join employer e using (employer_id) order by j.source_id",
    )
    .fetch_all(&pool)
    .await
    .expect("jobs");
    let cleaning = jobs
        .iter()
        .find(|j| j.0 == "siivous-kontula-2026-12")
        .expect("cleaning");
    assert_eq!(
        cleaning.1.as_deref(),
        Some("building-cleaner"),
        "by ESCO URI"
    );
    assert_eq!(cleaning.2.as_deref(), Some("Helsinki"));
    assert_eq!(cleaning.4.as_deref(), Some("part-time"));
    assert_eq!(cleaning.5, Some(time::macros::date!(2027 - 01 - 15)));
    assert_eq!(cleaning.6, ["clean-floors", "clean-surfaces"]);
    let warehouse = jobs
        .iter()
        .find(|j| j.0 == "varasto-vantaa-17")
        .expect("warehouse");
    assert_eq!(
        warehouse.1.as_deref(),
        Some("warehouse-worker"),
        "by its one ISCO group"
    );
    assert_eq!(warehouse.4.as_deref(), Some("permanent"));
    assert_eq!(warehouse.6, ["operate-forklift", "pick-orders"]);
    let helpdesk = jobs
        .iter()
        .find(|j| j.0 == "helpdesk-remote-2")
        .expect("help desk");
    assert!(helpdesk.3, "TELECOMMUTE is remote");
    let shop = jobs.iter().find(|j| j.0 == "kassa-turku-8").expect("shop");
    assert_eq!(shop.7, "Åbo Livs Ab", "an organisation given by name only");
    let text: (String, String) = sqlx::query_as(
        "select t.locale, t.description from job_text t join job j using (job_id)
         where j.source_id = 'siivous-kontula-2026-12'",
    )
    .fetch_one(&pool)
    .await
    .expect("text");
    assert_eq!(
        text,
        (
            "fi".to_owned(),
            "Siivoat toimistoja Kontulassa arki-iltaisin.\n\nLattiat ja pinnat\nPerehdytys työhön\n\nSuomen kieltä ei tarvita – ohjeet myös kuvina.".to_owned()
        )
    );
    let employers: i64 = sqlx::query_scalar("select count(*) from employer")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(employers, 5, "one employer per business ID or name");
}

#[sqlx::test]
async fn importing_the_feed_again_updates_its_jobs_and_closes_those_it_dropped(pool: PgPool) {
    load_modules(&pool).await;
    import_feed(&pool, &vocabulary(), sample_feed(), "tyopaikat")
        .await
        .expect("first import");
    let mut feed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample_feed()).expect("read")).expect("json");
    let graph = feed["@graph"].as_array_mut().expect("graph");
    graph.retain(|posting| posting["identifier"] != "kok-espoo-3");
    graph[0]["title"] = "Toimistosiivooja, iltavuoro (uusi)".into();
    let changed = std::env::temp_dir().join(format!("feed-{}.json", std::process::id()));
    std::fs::write(&changed, feed.to_string()).expect("written");
    let report = import_feed(&pool, &vocabulary(), &changed, "tyopaikat")
        .await
        .expect("second import");
    std::fs::remove_file(&changed).ok();
    assert_eq!(
        report[0],
        "tyopaikat: 4 jobs read, 0 new, 4 updated, 1 closed as no longer listed"
    );
    let (status, history): (String, Vec<String>) = sqlx::query_as(
        "select j.status, array(select what || ': ' || coalesce(detail, '') from job_change c
                                where c.job_id = j.job_id order by change_id)
         from job j where source_id = 'kok-espoo-3'",
    )
    .fetch_one(&pool)
    .await
    .expect("dropped job");
    assert_eq!(status, "closed");
    assert_eq!(
        history,
        [
            "imported: created from the feed",
            "closed: no longer in the feed"
        ]
    );
    let title: String = sqlx::query_scalar(
        "select title from job_text t join job j using (job_id) where j.source_id = 'siivous-kontula-2026-12'",
    )
    .fetch_one(&pool)
    .await
    .expect("title");
    assert_eq!(title, "Toimistosiivooja, iltavuoro (uusi)");
    let jobs: i64 = sqlx::query_scalar("select count(*) from job")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(jobs, 5, "updated in place, not added again");
}

#[sqlx::test]
async fn a_broken_feed_closes_nothing_and_a_refused_posting_keeps_its_job(pool: PgPool) {
    load_modules(&pool).await;
    import_feed(&pool, &vocabulary(), sample_feed(), "tyopaikat")
        .await
        .expect("first import");
    let write = |name: &str, text: String| {
        let path = std::env::temp_dir().join(format!("{name}-{}.json", std::process::id()));
        std::fs::write(&path, text).expect("written");
        path
    };
    let open = || async {
        sqlx::query_scalar::<_, i64>("select count(*) from job where status = 'published'")
            .fetch_one(&pool)
            .await
            .expect("count")
    };
    // An empty list, or an error page, is a broken download: nothing changes.
    for (name, text) in [("empty", "[]"), ("error", "{\"error\": \"rate limited\"}")] {
        let path = write(name, text.to_owned());
        let refused = import_feed(&pool, &vocabulary(), &path, "tyopaikat").await;
        std::fs::remove_file(&path).ok();
        assert!(refused.is_err(), "{name}: {refused:?}");
        assert_eq!(open().await, 5, "{name}: nothing closed");
    }
    // A posting the board still lists but that cannot be read now (its
    // description only tags, a NUL in its title) keeps its job open.
    let mut feed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample_feed()).expect("read")).expect("json");
    feed["@graph"][0]["description"] = "<p></p><br>".into();
    feed["@graph"][1]["title"] = "Varasto\u{0}työntekijä".into();
    let path = write("partly", feed.to_string());
    let report = import_feed(&pool, &vocabulary(), &path, "tyopaikat")
        .await
        .expect("imported");
    std::fs::remove_file(&path).ok();
    assert_eq!(
        report[0],
        "tyopaikat: 4 jobs read, 0 new, 4 updated, 0 closed as no longer listed"
    );
    assert!(
        report.contains(&"refused: posting 1: no description".to_owned()),
        "{report:#?}"
    );
    assert_eq!(open().await, 5);
    let title: String = sqlx::query_scalar(
        "select title from job_text t join job j using (job_id) where j.source_id = 'varasto-vantaa-17'",
    )
    .fetch_one(&pool)
    .await
    .expect("title");
    assert_eq!(title, "Varastotyöntekijä", "the NUL dropped");
}
