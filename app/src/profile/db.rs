//! The skills profile in PostgreSQL. Every function acts on the account it is
//! given; callers decide whose that may be.

use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

use super::types::{
    ExperienceKind, LanguageLevel, MAX_EXPERIENCES, MAX_SKILLS_PER_EXPERIENCE, NewExperience,
};

/// Something the person has done, in their own words, and the skills it showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Experience {
    pub id: i64,
    pub kind: ExperienceKind,
    pub description: String,
    pub place: Option<String>,
    pub period: Option<String>,
    /// Vocabulary skill ids, in the vocabulary's id order.
    pub skills: Vec<String>,
    pub created_at: OffsetDateTime,
}

/// Adds `experience` with those of its skills that are in the vocabulary now.
/// `None` when the person already has [`MAX_EXPERIENCES`]. The caller holds
/// the account ([`crate::accounts::db::hold_live_account`]); the experiences themselves are counted
/// under a lock on the account row, so two requests at once cannot both take
/// the last place.
pub async fn add_experience(
    conn: &mut PgConnection,
    account_id: i64,
    experience: &NewExperience,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query!(
        "select account_id from account where account_id = $1 for no key update",
        account_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let count = sqlx::query_scalar!(
        r#"select count(*) as "count!" from experience where account_id = $1"#,
        account_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if count >= MAX_EXPERIENCES {
        return Ok(None);
    }
    let id = sqlx::query_scalar!(
        "insert into experience (account_id, kind, description, place, period)
         values ($1, $2, $3, $4, $5) returning experience_id",
        account_id,
        experience.kind.as_str(),
        experience.description,
        experience.place,
        experience.period,
    )
    .fetch_one(&mut *conn)
    .await?;
    insert_skills(conn, id, &experience.skills).await?;
    Ok(Some(id))
}

/// Links an experience to those of `skills` in the vocabulary now, at most
/// [`MAX_SKILLS_PER_EXPERIENCE`].
async fn insert_skills(
    conn: &mut PgConnection,
    experience_id: i64,
    skills: &[String],
) -> Result<(), sqlx::Error> {
    let skills = &skills[..skills.len().min(MAX_SKILLS_PER_EXPERIENCE)];
    sqlx::query!(
        "insert into experience_skill (experience_id, skill_id)
         select $1, skill_id from vocabulary_skill where skill_id = any($2) and active
         on conflict do nothing",
        experience_id,
        skills
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The person's experiences, newest first, each with its skills.
pub async fn experiences(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<Experience>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"select e.experience_id, e.kind, e.description, e.place, e.period, e.created_at,
                  coalesce(array_agg(s.skill_id order by s.skill_id)
                           filter (where s.skill_id is not null), '{}') as "skills!"
           from experience e left join experience_skill s using (experience_id)
           where e.account_id = $1
           group by e.experience_id
           order by e.created_at desc, e.experience_id desc"#,
        account_id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| Experience {
            id: row.experience_id,
            kind: ExperienceKind::parse(&row.kind).unwrap_or(ExperienceKind::Other),
            description: row.description,
            place: row.place,
            period: row.period,
            skills: row.skills,
            created_at: row.created_at,
        })
        .collect())
}

/// Sets the skills of one of the person's experiences; false when they have
/// no such experience. Of new skills only those in the vocabulary now are
/// linked; a skill that has left it stays linked while it is in `skills`.
pub async fn set_experience_skills(
    conn: &mut PgConnection,
    account_id: i64,
    experience_id: i64,
    skills: &[String],
) -> Result<bool, sqlx::Error> {
    let owned = sqlx::query_scalar!(
        "select experience_id from experience where experience_id = $1 and account_id = $2 for update",
        experience_id,
        account_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    if owned.is_none() {
        return Ok(false);
    }
    sqlx::query!(
        "delete from experience_skill where experience_id = $1 and skill_id <> all($2)",
        experience_id,
        skills
    )
    .execute(&mut *conn)
    .await?;
    insert_skills(conn, experience_id, skills).await?;
    Ok(true)
}

/// Deletes one of the person's experiences; false when they have no such one.
pub async fn delete_experience(
    conn: &mut PgConnection,
    account_id: i64,
    experience_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "delete from experience where experience_id = $1 and account_id = $2",
        experience_id,
        account_id
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the person's level in a language of the vocabulary; false when the
/// language is not (or no longer) in it.
pub async fn set_language(
    conn: &mut PgConnection,
    account_id: i64,
    language_id: &str,
    level: LanguageLevel,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "insert into person_language (account_id, language_id, level)
         select $1, language_id, $3 from vocabulary_language where language_id = $2 and active
         on conflict (account_id, language_id) do update set level = excluded.level",
        account_id,
        language_id,
        level.as_str()
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes a language off the person's profile, if it is on it.
pub async fn remove_language(
    conn: &mut PgConnection,
    account_id: i64,
    language_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from person_language where account_id = $1 and language_id = $2",
        account_id,
        language_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The person's languages and levels, in language id order.
pub async fn languages(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<(String, LanguageLevel)>, sqlx::Error> {
    let rows = sqlx::query!(
        "select language_id, level from person_language where account_id = $1 order by language_id",
        account_id
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| Some((r.language_id, LanguageLevel::parse(&r.level)?)))
        .collect())
}

/// Adds (or updates the end date of) a certificate the person holds; false
/// when it is not in the vocabulary.
pub async fn set_certificate(
    conn: &mut PgConnection,
    account_id: i64,
    certificate_id: &str,
    valid_until: Option<Date>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "insert into person_certificate (account_id, certificate_id, valid_until)
         select $1, certificate_id, $3 from vocabulary_certificate where certificate_id = $2 and active
         on conflict (account_id, certificate_id) do update set valid_until = excluded.valid_until",
        account_id,
        certificate_id,
        valid_until
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes a certificate off the person's profile, if it is on it.
pub async fn remove_certificate(
    conn: &mut PgConnection,
    account_id: i64,
    certificate_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "delete from person_certificate where account_id = $1 and certificate_id = $2",
        account_id,
        certificate_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A certificate the person holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldCertificate {
    pub certificate_id: String,
    pub valid_until: Option<Date>,
    pub added_at: OffsetDateTime,
}

/// The person's certificates and when each ends, in id order.
pub async fn certificates(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<HeldCertificate>, sqlx::Error> {
    sqlx::query_as!(
        HeldCertificate,
        "select certificate_id, valid_until, added_at from person_certificate
         where account_id = $1 order by certificate_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// Records that `coach_id` has seen the person use a skill in practice.
pub async fn confirm_skill(
    conn: &mut PgConnection,
    account_id: i64,
    skill_id: &str,
    coach_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "insert into confirmed_skill (account_id, skill_id, confirmed_by)
         select $1, skill_id, $3 from vocabulary_skill where skill_id = $2 and active
         on conflict (account_id, skill_id) do update
         set confirmed_by = excluded.confirmed_by, confirmed_at = now()",
        account_id,
        skill_id,
        coach_id
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A skill a coach has seen the person use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub skill_id: String,
    pub confirmed_by: Option<String>,
    pub confirmed_at: OffsetDateTime,
}

/// The skills coaches have confirmed, in id order.
pub async fn confirmed_skills(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<Vec<Confirmation>, sqlx::Error> {
    sqlx::query_as!(
        Confirmation,
        "select c.skill_id, a.display_name as confirmed_by, c.confirmed_at
         from confirmed_skill c left join account a on a.account_id = c.confirmed_by
         where c.account_id = $1 order by c.skill_id",
        account_id
    )
    .fetch_all(conn)
    .await
}

/// One row of `person_skill_evidence`, with what it names in `locale`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceRow {
    pub skill_id: String,
    pub source: String,
    /// The module's or assessment's title, the coach's name, or the card's id.
    pub detail: Option<String>,
    pub since: OffsetDateTime,
}

/// Everything that shows the person's skills, by skill. Titles are in the
/// nearest language of `chain` ([`Locale::chain_codes`](crate::i18n::Locale::chain_codes)).
pub async fn skill_evidence(
    conn: &mut PgConnection,
    account_id: i64,
    chain: &[String],
) -> Result<Vec<EvidenceRow>, sqlx::Error> {
    sqlx::query_as!(
        EvidenceRow,
        r#"select e.skill_id as "skill_id!", e.source as "source!", e.since as "since!",
                  case e.source
                      when 'module' then module_content(e.detail, $2) ->> 'title'
                      when 'assessment' then framework_content(e.detail, $2) ->> 'title'
                      when 'coach' then a.display_name
                      else e.detail
                  end as detail
           from person_skill_evidence e
           left join confirmed_skill c
               on e.source = 'coach' and c.account_id = e.account_id and c.skill_id = e.skill_id
           left join account a on a.account_id = c.confirmed_by
           where e.account_id = $1
           order by e.skill_id, e.since"#,
        account_id,
        chain
    )
    .fetch_all(conn)
    .await
}

/// Takes back a coach's confirmation of the person's skill; false when
/// there was none.
pub async fn withdraw_confirmation(
    conn: &mut PgConnection,
    account_id: i64,
    skill_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "delete from confirmed_skill where account_id = $1 and skill_id = $2",
        account_id,
        skill_id
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Starts showing the person's skills to the organiser of an event they hold
/// or wait for a place at; false when they have no such place. Sharing
/// again while shared changes nothing: the first consent's time stands. A
/// consent holds for the place it was given with: giving the place up ends
/// it, and a new place needs a new consent.
pub async fn share_with_event(
    conn: &mut PgConnection,
    account_id: i64,
    event_id: i64,
) -> Result<bool, sqlx::Error> {
    let place = sqlx::query_scalar!(
        "select created_at from event_signup
         where account_id = $1 and event_id = $2 and status <> 'cancelled'",
        account_id,
        event_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(place_taken) = place else {
        return Ok(false);
    };
    // A consent given for a place since given up ended with it.
    sqlx::query!(
        "update profile_share set revoked_at = $3
         where account_id = $1 and event_id = $2 and revoked_at is null and granted_at < $3",
        account_id,
        event_id,
        place_taken
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "insert into profile_share (account_id, event_id) values ($1, $2)
         on conflict (account_id, event_id) where revoked_at is null do nothing",
        account_id,
        event_id
    )
    .execute(conn)
    .await?;
    Ok(true)
}

/// Stops showing the person's skills to an event's organiser, keeping when
/// the consent was given and taken back.
pub async fn stop_sharing_with_event(
    conn: &mut PgConnection,
    account_id: i64,
    event_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update profile_share set revoked_at = now()
         where account_id = $1 and event_id = $2 and revoked_at is null",
        account_id,
        event_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A consent to show the person's skills to an event's organiser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub event_id: i64,
    /// The event's title in the reader's language, or in Finnish.
    pub title: String,
    pub employer: String,
    pub granted_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    /// Whether it holds now: not taken back, and the place it was given
    /// with is still held.
    pub live: bool,
}

/// Every consent the person has given (with `event`: for that event only),
/// newest first, taken back or not.
pub async fn shares(
    conn: &mut PgConnection,
    account_id: i64,
    event: Option<i64>,
    locale: &str,
) -> Result<Vec<Share>, sqlx::Error> {
    sqlx::query_as!(
        Share,
        r#"select p.event_id as "event_id!", coalesce(l.title, f.title) as "title!", e.employer,
                  p.granted_at, p.revoked_at,
                  p.revoked_at is null and exists(
                      select 1 from event_signup s
                      where s.account_id = p.account_id and s.event_id = p.event_id
                        and s.status <> 'cancelled' and s.created_at <= p.granted_at
                  ) as "live!"
           from profile_share p
           join event e on e.event_id = p.event_id
           join event_text f on f.event_id = e.event_id and f.locale = 'fi'
           left join event_text l on l.event_id = e.event_id and l.locale = $2
           where p.account_id = $1 and ($3::bigint is null or p.event_id = $3)
           order by p.granted_at desc, p.share_id desc"#,
        account_id,
        locale,
        event
    )
    .fetch_all(conn)
    .await
}

/// The person behind a place at the organiser's own event, when they share
/// their skills with it now and still hold or wait for the place.
pub async fn sharer_at_event(
    conn: &mut PgConnection,
    organiser_id: i64,
    event_id: i64,
    signup_id: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"select s.account_id, coalesce(a.display_name, '') as "name!"
           from event_signup s
           join event e on e.event_id = s.event_id
           join account a on a.account_id = s.account_id
           join profile_share p
               on p.account_id = s.account_id and p.event_id = s.event_id
              and p.revoked_at is null and p.granted_at >= s.created_at
           where s.signup_id = $3 and s.event_id = $2 and e.organiser_id = $1
             and s.status <> 'cancelled' and a.deleted_at is null"#,
        organiser_id,
        event_id,
        signup_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.account_id, r.name)))
}

/// Removes the whole profile: for a person deleting their account.
pub async fn remove_profile(conn: &mut PgConnection, account_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!("delete from experience where account_id = $1", account_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "delete from person_certificate where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from person_language where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from confirmed_skill where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from profile_share where account_id = $1",
        account_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
