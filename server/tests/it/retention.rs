//! What is past its retention period is deleted, and nothing younger.

use crate::support;

use app::accounts::Role;
use sqlx::PgPool;
use support::{create_account, load_modules};

async fn count(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("select count(*) from {table}"))
        .fetch_one(pool)
        .await
        .expect("count")
}

async fn run(pool: &PgPool, sql: &str) {
    sqlx::raw_sql(sql).execute(pool).await.expect(sql);
}

#[sqlx::test]
async fn each_kind_of_row_is_deleted_after_its_period(pool: PgPool) {
    load_modules(&pool).await;
    let person = create_account(&pool, Role::Jobseeker, "kept@example.fi").await;
    let p = person.to_string();
    // One row past its period and one still within it, of every kind.
    run(
        &pool,
        &format!(
            "insert into session (session_id, account_id, expires_at, last_seen_at) values
           ('\\x01', {p}, now() - interval '1 minute', now() - interval '2 hours'),
           ('\\x02', {p}, now() + interval '1 hour', now());
         insert into one_time_code (code_hash, purpose, account_id, expires_at, used_at) values
           ('\\x01', 'password_reset', {p}, now() - interval '8 days', null),
           ('\\x02', 'password_reset', {p}, now() + interval '1 day', now() - interval '9 days'),
           ('\\x03', 'password_reset', {p}, now() - interval '6 days', null);
         insert into answer_receipt (answer_id, account_id, received_at) values
           (gen_random_uuid(), {p}, now() - interval '91 days'),
           (gen_random_uuid(), {p}, now() - interval '89 days');
         insert into form_draft (account_id, form, item_id, fields, saved_at) values
           ({p}, 'event', 0, '{{}}', now() - interval '2 days'),
           ({p}, 'job', 1, '{{}}', now());
         insert into outbox (recipient, subject, body, sent_at, created_at, next_attempt_at) values
           ('a@example.fi', 's', '', now() - interval '31 days', now() - interval '31 days', now()),
           ('b@example.fi', 's', '', null, now() - interval '31 days', 'infinity'),
           ('c@example.fi', 's', 'waiting', null, now() - interval '31 days', now()),
           ('d@example.fi', 's', '', now(), now(), now());
         insert into former_conversation (coach_id, removed_in, unread) values
           ({p}, current_date - 91, 0),
           ({p}, current_date - 89, 2);"
        ),
    )
    .await;
    let framework: String = sqlx::query_scalar("select framework_id from skill_framework limit 1")
        .fetch_one(&pool)
        .await
        .expect("a framework");
    sqlx::query(
        "insert into skill_assessment (account_id, framework_id, framework_version, mode, started_at, submitted_at)
         values ($1, $2, 1, 'short', now() - interval '181 days', null),
                ($1, $2, 1, 'short', now() - interval '400 days', now() - interval '400 days')",
    )
    .bind(person)
    .bind(&framework)
    .execute(&pool)
    .await
    .expect("assessments");
    // Started long ago but answered yesterday: still being worked on, kept.
    let other = create_account(&pool, Role::Jobseeker, "slow@example.fi").await;
    sqlx::query(
        "with draft as (
             insert into skill_assessment (account_id, framework_id, framework_version, mode, started_at)
             values ($1, $2, 1, 'short', now() - interval '200 days') returning assessment_id)
         insert into skill_answer (assessment_id, statement_id, value, answered_at)
         select assessment_id, 'x', 2, now() - interval '1 day' from draft",
    )
    .bind(other)
    .bind(&framework)
    .execute(&pool)
    .await
    .expect("an active draft");

    let purged = app::retention::purge(&pool).await.expect("purged");
    assert_eq!(
        purged,
        app::retention::Purged {
            sessions: 1,
            codes: 2,
            answer_receipts: 1,
            form_drafts: 1,
            assessment_drafts: 1,
            outbox: 2,
            rate_limits: 0,
            former_conversations: 1,
        }
    );
    for (table, left) in [
        ("session", 1),
        ("one_time_code", 1),
        ("answer_receipt", 1),
        ("form_draft", 1),
        ("outbox", 2),
        ("former_conversation", 1),
        // A submitted assessment is the person's history, and a draft
        // answered yesterday is being worked on: both kept.
        ("skill_assessment", 2),
    ] {
        assert_eq!(count(&pool, table).await, left, "{table}");
    }
    // Running again deletes nothing more (every process may run it).
    assert_eq!(
        app::retention::purge(&pool).await.expect("again"),
        app::retention::Purged::default()
    );
}
