//! `askel jobs import <file> --source <name>`: loads a job board's feed of
//! schema.org `JobPosting`s (see `app::jobs::import`) and prints what it
//! stored, what did not map onto the vocabulary and what it refused.
//!
//! The feed is the board's whole list: importing it again updates the jobs
//! it still lists and closes those it no longer does, so a scheduled import
//! (a systemd timer or cron running this command hourly, say) keeps Askel's
//! copy of the board current.

use std::path::Path;

use app::{
    jobs::{db::store_feed, import::map_feed},
    vocabulary::types::Vocabulary,
};
use sqlx::PgPool;

/// Biggest feed file read: a board's whole list, not more.
const MAX_FEED_BYTES: u64 = 64 * 1024 * 1024;

const USAGE: &str = "usage: askel jobs import <file.json> --source <name>";

/// Reads `askel jobs import`'s arguments: (file, source).
pub fn parse_import(args: &[String]) -> Result<(String, String), String> {
    match args {
        [file, flag, source]
            if flag == "--source" && !source.trim().is_empty() && source.len() <= 100 =>
        {
            Ok((file.clone(), source.trim().to_owned()))
        }
        _ => Err(USAGE.to_owned()),
    }
}

/// Imports the feed at `path` as `source`, all of it or nothing; the report's lines.
pub async fn import_feed(
    pool: &PgPool,
    vocabulary: &Vocabulary,
    path: &Path,
    source: &str,
) -> Result<Vec<String>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    if size > MAX_FEED_BYTES {
        return Err(format!(
            "{}: {size} bytes, more than {MAX_FEED_BYTES}",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mapped = map_feed(&text, vocabulary).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let stored = store_feed(&mut tx, source, &mapped)
        .await
        .map_err(|e| format!("storing the jobs failed: {e}"))?;
    tx.commit().await.map_err(|e| e.to_string())?;
    let mut report = vec![format!(
        "{source}: {} jobs read, {} new, {} updated, {} closed as no longer listed",
        mapped.jobs.len(),
        stored.created,
        stored.updated,
        stored.closed
    )];
    report.extend(
        mapped
            .unmapped
            .iter()
            .map(|line| format!("not mapped: {line}")),
    );
    report.extend(mapped.refused.iter().map(|line| format!("refused: {line}")));
    Ok(report)
}
