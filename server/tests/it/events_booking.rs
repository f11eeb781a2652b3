//! Seats, slots and waiting lists under concurrent sign-ups: PostgreSQL's
//! row lock must keep every count exact however many press at once.

use crate::support;

use std::collections::HashMap;

use app::events::{
    booking::{self, Booked, Request},
    types::Standing,
};
use sqlx::PgPool;
use support::{insert_jobseekers, published_event};

/// Signs every account up at once, each in its own transaction.
async fn sign_up_all(pool: &PgPool, requests: Vec<Request>) -> Vec<(i64, Booked)> {
    let tasks: Vec<_> = requests
        .into_iter()
        .map(|request| {
            let pool = pool.clone();
            tokio::spawn(async move {
                let mut tx = pool.begin().await.expect("transaction");
                let booked = booking::sign_up(&mut tx, &request)
                    .await
                    .expect("signed up");
                tx.commit().await.expect("commit");
                (request.account_id, booked)
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.push(task.await.expect("task"));
    }
    all
}

fn request(event_id: i64, account_id: i64, slot_id: Option<i64>) -> Request {
    Request {
        event_id,
        account_id,
        slot_id,
        share_contact: false,
        answers: Vec::new(),
        on_behalf_of_coach: None,
    }
}

/// (account, status, position in line) of every live sign-up of a line, in
/// the order they came.
async fn line(pool: &PgPool, event_id: i64, slot_id: Option<i64>) -> Vec<(i64, String, i64)> {
    sqlx::query_as(
        "select account_id, status,
                count(*) filter (where status = 'waiting') over (order by signup_id)
         from event_signup
         where event_id = $1 and slot_id is not distinct from $2 and status <> 'cancelled'
         order by signup_id",
    )
    .bind(event_id)
    .bind(slot_id)
    .fetch_all(pool)
    .await
    .expect("line")
}

/// The line's confirmed people come first, then everyone waiting numbered
/// 1, 2, 3… in the order they came, and each was told their own standing.
fn assert_first_come_first_served(
    line: &[(i64, String, i64)],
    seats: usize,
    told: &HashMap<i64, Standing>,
) {
    for (index, (account, status, position)) in line.iter().enumerate() {
        if index < seats {
            assert_eq!(status, "confirmed", "{index}");
        } else {
            assert_eq!(status, "waiting", "{index}");
            assert_eq!(*position, (index - seats + 1) as i64);
        }
        if let Some(standing) = told.get(account) {
            let expected = match status.as_str() {
                "confirmed" => Standing::Confirmed,
                _ => Standing::Waiting {
                    position: *position,
                },
            };
            assert_eq!(*standing, expected, "account {account}");
        }
    }
}

async fn cancel(pool: &PgPool, event_id: i64, account_id: i64) -> Vec<booking::Promoted> {
    let mut tx = pool.begin().await.expect("transaction");
    let promoted = booking::cancel(&mut tx, event_id, account_id)
        .await
        .expect("cancelled");
    tx.commit().await.expect("commit");
    promoted
}

/// The confirmed counts kept on write for every event and slot, beside those
/// counted from the sign-ups: they must be equal.
async fn assert_counts_kept(pool: &PgPool) {
    let differ: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "select 'event', e.event_id, e.confirmed_count::bigint, count(s.signup_id)
         from event e left join event_signup s on s.event_id = e.event_id and s.status = 'confirmed'
         group by e.event_id having e.confirmed_count <> count(s.signup_id)
         union all
         select 'slot', sl.slot_id, sl.confirmed_count::bigint, count(s.signup_id)
         from event_slot sl left join event_signup s on s.slot_id = sl.slot_id and s.status = 'confirmed'
         group by sl.slot_id having sl.confirmed_count <> count(s.signup_id)",
    )
    .fetch_all(pool)
    .await
    .expect("counts");
    assert!(differ.is_empty(), "kept and counted differ: {differ:?}");
    let kept: i64 =
        sqlx::query_scalar("select coalesce(sum(confirmed_count), 0)::bigint from event")
            .fetch_one(pool)
            .await
            .expect("kept");
    assert!(kept > 0, "nothing was counted at all");
}

#[sqlx::test]
async fn five_hundred_at_once_fill_fifty_seats_and_queue_the_rest_in_order(pool: PgPool) {
    let event = published_event(&pool, Some(50), None).await.event_id;
    let people = insert_jobseekers(&pool, 500).await;
    let results = sign_up_all(
        &pool,
        people.iter().map(|&p| request(event, p, None)).collect(),
    )
    .await;
    let told: HashMap<i64, Standing> = results.iter().map(|(a, b)| (*a, b.standing)).collect();
    assert_eq!(
        told.values().filter(|s| **s == Standing::Confirmed).count(),
        50
    );
    let before = line(&pool, event, None).await;
    assert_eq!(before.len(), 500);
    assert_first_come_first_served(&before, 50, &told);
    let mut positions: Vec<i64> = told
        .values()
        .filter_map(|s| match s {
            Standing::Waiting { position } => Some(*position),
            Standing::Confirmed => None,
        })
        .collect();
    positions.sort_unstable();
    assert_eq!(positions, (1..=450).collect::<Vec<_>>());

    // Ten confirmed people cancel at once: the first ten in line move up.
    let leaving: Vec<i64> = before.iter().take(10).map(|(a, _, _)| *a).collect();
    let tasks: Vec<_> = leaving
        .iter()
        .map(|&account| {
            let pool = pool.clone();
            tokio::spawn(async move { cancel(&pool, event, account).await })
        })
        .collect();
    let mut promoted = Vec::new();
    for task in tasks {
        promoted.extend(task.await.expect("task"));
    }
    let mut promoted: Vec<i64> = promoted.iter().map(|p| p.account_id).collect();
    promoted.sort_unstable();
    let mut first_in_line: Vec<i64> = before[50..60].iter().map(|(a, _, _)| *a).collect();
    first_in_line.sort_unstable();
    assert_eq!(promoted, first_in_line);
    let after = line(&pool, event, None).await;
    assert_eq!(after.len(), 490);
    assert_first_come_first_served(&after, 50, &HashMap::new());
    assert_eq!(
        after.iter().map(|(a, _, _)| *a).collect::<Vec<_>>(),
        before[10..].iter().map(|(a, _, _)| *a).collect::<Vec<_>>()
    );
    // The list's free seats are read from counts kept on write; a confirmed
    // person's account removed takes their place out of the count too.
    assert_counts_kept(&pool).await;
    sqlx::query("delete from account where account_id = $1")
        .bind(after[0].0)
        .execute(&pool)
        .await
        .expect("deleted");
    assert_counts_kept(&pool).await;
}

#[sqlx::test]
async fn slots_fill_and_queue_each_on_their_own(pool: PgPool) {
    let event = published_event(&pool, None, Some((15, 5))).await;
    let slots = event.slot_ids.clone();
    assert!(slots.len() >= 4, "{slots:?}");
    let people = insert_jobseekers(&pool, 500).await;
    let requests = people
        .iter()
        .enumerate()
        .map(|(i, &p)| request(event.event_id, p, Some(slots[i % slots.len()])))
        .collect();
    let results = sign_up_all(&pool, requests).await;
    let told: HashMap<i64, Standing> = results.iter().map(|(a, b)| (*a, b.standing)).collect();
    let mut total = 0;
    for &slot in &slots {
        let slot_line = line(&pool, event.event_id, Some(slot)).await;
        total += slot_line.len();
        assert_first_come_first_served(&slot_line, 5, &told);
        // The first person of this slot cancels: the slot's first in line
        // moves up, and no other slot's line changes.
        let promoted = cancel(&pool, event.event_id, slot_line[0].0).await;
        assert_eq!(
            promoted.iter().map(|p| p.account_id).collect::<Vec<_>>(),
            [slot_line[5].0]
        );
        let after = line(&pool, event.event_id, Some(slot)).await;
        assert_first_come_first_served(&after, 5, &HashMap::new());
    }
    assert_eq!(total, 500);
    assert_counts_kept(&pool).await;
}

#[sqlx::test]
async fn signing_up_twice_at_once_keeps_one_place(pool: PgPool) {
    let event = published_event(&pool, Some(3), None).await.event_id;
    let person = insert_jobseekers(&pool, 1).await[0];
    let results = sign_up_all(&pool, vec![request(event, person, None); 20]).await;
    let ids: Vec<i64> = results.iter().map(|(_, b)| b.signup_id).collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    assert_eq!(results.iter().filter(|(_, b)| b.new).count(), 1);
    assert!(
        results
            .iter()
            .all(|(_, b)| b.standing == Standing::Confirmed)
    );
    assert_eq!(line(&pool, event, None).await.len(), 1);
}

#[sqlx::test]
async fn a_seat_freed_in_a_cancelled_or_past_event_goes_to_nobody(pool: PgPool) {
    for (what, change) in [
        (
            "cancelled",
            "update event set status = 'cancelled', cancelled_at = now() where event_id = $1",
        ),
        (
            "past",
            "update event set signup_deadline = now() - interval '3 hours',
                              starts_at = now() - interval '2 hours',
                              ends_at = now() - interval '1 hour'
             where event_id = $1",
        ),
    ] {
        let event = published_event(&pool, Some(1), None).await.event_id;
        let people = insert_jobseekers(&pool, 2).await;
        // One after the other: the first gets the seat, the second waits.
        for &person in &people {
            sign_up_all(&pool, vec![request(event, person, None)]).await;
        }
        sqlx::query(change)
            .bind(event)
            .execute(&pool)
            .await
            .expect("event changed");
        // Leaving (or deleting one's account, which leaves the same way).
        assert!(cancel(&pool, event, people[0]).await.is_empty(), "{what}");
        assert_eq!(
            line(&pool, event, None).await,
            vec![(people[1], "waiting".to_owned(), 1)],
            "{what}"
        );
    }
}
