//! `askel`: serves the app (default), or `askel migrate` / `askel seed` /
//! `askel content load` / `askel content check` / `askel user create …`.

use std::process::ExitCode;

use server::{
    Config, connect, connect_for_requests, content::Loaded, load_content, migrate, seed_demo_data,
    serve,
};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("askel: configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args, &config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &[String], config: &Config) -> Result<(), Box<dyn std::error::Error>> {
    let command: Vec<&str> = args.iter().take(2).map(String::as_str).collect();
    if command == ["seed"] {
        return Err(
            "`askel seed` loads demo accounts with a published password: \
                    run `askel seed --development`, and never on a service people use"
                .into(),
        );
    }
    if command == ["content", "check"] {
        for line in server::content::check_content(std::path::Path::new(&config.content_dir))
            .map_err(|e| format!("content not valid: {e}"))?
        {
            println!("{line}");
        }
        return Ok(());
    }
    if command.first() == Some(&"bench-bare") {
        let Some(file) = args.get(1) else {
            return Err("usage: askel bench-bare FILE [CONTENT-ENCODING]".into());
        };
        return server::bench_bare::serve_bytes(
            config.addr,
            std::path::Path::new(file),
            args.get(2).map(String::as_str),
        )
        .await;
    }
    let pool = connect(config)
        .await
        .map_err(|e| format!("cannot connect to the database: {e}"))?;
    migrate(&pool)
        .await
        .map_err(|e| format!("database migration failed: {e}"))?;
    // The vocabulary stored is the one served: the content is read once.
    let load = async || -> Result<Loaded, Box<dyn std::error::Error>> {
        let dir = std::path::Path::new(&config.content_dir);
        let loaded = load_content(&pool, dir)
            .await
            .map_err(|e| format!("content not loaded: {e}"))?;
        for line in &loaded.report {
            tracing::info!("content: {line}");
        }
        Ok(loaded)
    };
    match command.as_slice() {
        [] | ["serve", ..] => {
            let Loaded {
                vocabulary,
                glossary,
                ..
            } = load().await?;
            if config.session_key_generated {
                tracing::warn!(
                    "ASKEL_SESSION_KEY is not set: using a random key, sessions end at restart"
                );
            }
            // Requests get a pool of their own, with time limits that
            // migrations and content loads must not have.
            pool.close().await;
            let pool = connect_for_requests(config)
                .await
                .map_err(|e| format!("cannot connect to the database: {e}"))?;
            serve(
                config,
                pool,
                std::sync::Arc::new(vocabulary),
                std::sync::Arc::new(glossary),
            )
            .await?;
        }
        ["migrate", ..] => tracing::info!("migrations are up to date"),
        ["content", "load"] => {
            load().await?;
            tracing::info!("content is up to date");
        }
        ["seed", "--development"] => {
            load().await?;
            seed_demo_data(&pool).await?;
            tracing::info!("demo data loaded");
        }
        ["jobs", "import"] => {
            let (file, source) = server::job_feed::parse_import(&args[2..])?;
            let vocabulary = load().await?.vocabulary;
            let report = server::job_feed::import_feed(
                &pool,
                &vocabulary,
                std::path::Path::new(&file),
                &source,
            )
            .await?;
            for line in report {
                println!("{line}");
            }
        }
        ["user", "create"] => {
            let id = server::cli::create_user(&pool, &args[2..]).await?;
            tracing::info!(account_id = id, "user created");
        }
        [other, ..] => {
            return Err(format!(
                "unknown command {other:?}; use serve, migrate, seed --development, content load, content check, jobs import or user create"
            )
            .into());
        }
    }
    Ok(())
}
