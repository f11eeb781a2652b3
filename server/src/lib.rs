//! The Askel server: configuration, database, and the HTTP stack around the
//! Leptos app. `app(state)` builds the whole router so tests can drive it
//! without opening a port.

pub mod bench_bare;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod content;
mod csrf;
pub mod database;
mod form_text;
mod headers;
mod health;
mod http;
pub mod job_feed;
mod language;
pub mod mail;
mod one_click;
pub mod push;
pub mod reactive_owner;
mod sessions;
pub mod sms;

use std::{sync::Arc, time::Duration};

use app::{
    App,
    accounts::{AuthSettings, RateLimits},
    context::CookiePolicy,
    shell,
};
use axum::{Router, extract::FromRef, middleware, routing::get};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sqlx::PgPool;
use tower_http::compression::CompressionLayer;

pub use config::{Config, ConfigError};
pub use content::load_content;
pub use database::{DEMO_PASSWORD, connect, connect_for_requests, migrate, seed_demo_data};

/// What every handler may need.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// Leptos' settings (site root, output name).
    pub leptos_options: LeptosOptions,
    /// The PostgreSQL pool.
    pub pool: PgPool,
    /// How cookies are marked.
    pub cookie_policy: CookiePolicy,
    /// Session lifetimes and the key for one-time codes.
    pub auth: AuthSettings,
    /// Sign-in and code attempt limits, shared by every request.
    pub rate_limits: Arc<RateLimits>,
    /// Reverse proxies believed about the client's address, and the header
    /// they write it into.
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
    pub proxy_header: client_ip::ProxyHeader,
    /// The requests being handled, whether or not their client is still there.
    pub in_flight: reactive_owner::InFlight,
    /// The skills vocabulary, read from the content at start: labels and the
    /// words skills are suggested by.
    pub vocabulary: Arc<app::vocabulary::types::Vocabulary>,
    /// Words explained, read from the content at start.
    pub glossary: Arc<app::glossary::types::Glossary>,
    /// The VAPID public key and the push services notices may go to.
    pub push: app::notifications::push::PushSettings,
}

impl AppState {
    /// State for `config` around an open `pool`, with the `vocabulary` and
    /// the `glossary` read from the content.
    pub fn new(
        config: &Config,
        pool: PgPool,
        vocabulary: Arc<app::vocabulary::types::Vocabulary>,
        glossary: Arc<app::glossary::types::Glossary>,
    ) -> Self {
        let leptos_options = LeptosOptions::builder()
            .output_name("askel")
            .site_root(config.site_root.clone())
            .site_pkg_dir("pkg")
            .site_addr(config.addr)
            .build();
        Self {
            leptos_options,
            pool,
            cookie_policy: CookiePolicy { secure: config.tls },
            auth: AuthSettings {
                public_url: config.public_url.as_str().into(),
                code_key: Arc::new(config.session_key.clone()),
                session_idle: Duration::from_secs(u64::from(config.session_idle_minutes) * 60),
                session_lifetime: Duration::from_secs(
                    u64::from(config.session_lifetime_hours) * 3600,
                ),
            },
            rate_limits: Arc::new(RateLimits::new(&config.session_key)),
            trusted_proxies: config.trusted_proxies.clone().into(),
            proxy_header: config.proxy_header,
            // Every open connection's request, and as many again left by
            // clients that went away and still being read to their end.
            in_flight: reactive_owner::InFlight::with_room_for(
                config.max_connections.saturating_mul(2),
            ),
            vocabulary,
            glossary,
            push: push::settings(config),
        }
    }
}

/// The complete HTTP application.
pub fn app(state: AppState) -> Router {
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.pool.clone());
            provide_context(state.cookie_policy);
            provide_context(state.auth.clone());
            provide_context(state.rate_limits.clone());
            provide_context(state.vocabulary.clone());
            provide_context(state.glossary.clone());
            provide_context(state.push.clone());
        }
    };
    let render = {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    };
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/language/{code}", get(language::choose_language))
        .route(
            app::notifications::ONE_CLICK,
            get(one_click::show).post(one_click::stop),
        )
        .leptos_routes_with_context(&state, generate_route_list(App), context.clone(), render)
        // Pages and server functions only: static files (the fallback) are
        // fetched with the session cookie too, and need no database round-trip.
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            sessions::resolve_user,
        ))
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(form_text::clean_form_text))
        .layer(middleware::from_fn_with_state(
            csrf::PublicOrigin::new(&state.auth.public_url),
            csrf::refuse_cross_site,
        ))
        .layer(middleware::from_fn_with_state(
            state.cookie_policy,
            headers::security_headers,
        ))
        .layer(middleware::from_fn(reactive_owner::isolate))
        // Outside the owner, so that only this layer can drop a render midway.
        .layer(middleware::from_fn_with_state(
            state.in_flight.clone(),
            reactive_owner::finish_abandoned,
        ))
        .layer(middleware::from_fn_with_state(
            state.cookie_policy,
            language::negotiate,
        ))
        .with_state(state)
}

/// How often the impact report's facts are brought up to date.
const REPORT_FACTS_ROUND: std::time::Duration = std::time::Duration::from_secs(5);

/// The impact report's facts, kept up to date beside the requests and apart
/// from the mail worker, so that building a period never holds up a code by
/// email (see `app::report::keep_report_facts_up_to_date`).
async fn keep_report_facts(pool: PgPool) {
    loop {
        if let Err(error) = app::report::keep_report_facts_up_to_date(&pool).await {
            tracing::error!(?error, "impact report facts failed");
        }
        tokio::time::sleep(REPORT_FACTS_ROUND).await;
    }
}

/// Serves until SIGTERM or Ctrl-C, finishing requests in flight.
pub async fn serve(
    config: &Config,
    pool: PgPool,
    vocabulary: Arc<app::vocabulary::types::Vocabulary>,
    glossary: Arc<app::glossary::types::Glossary>,
) -> std::io::Result<()> {
    let couriers = mail::Couriers {
        mail: mail::Mailer::from_config(config).map_err(std::io::Error::other)?,
        sms: sms::Texter::from_config(config).map_err(std::io::Error::other)?,
        push: push::Pusher::from_config(config, pool.clone()).map_err(std::io::Error::other)?,
    };
    tokio::spawn(mail::run_worker(
        pool.clone(),
        couriers,
        config.public_url.clone(),
    ));
    tokio::spawn(keep_report_facts(pool.clone()));
    tokio::task::spawn_blocking(app::accounts::password::prepare_dummy_hash);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    tracing::info!(addr = %config.addr, "listening");
    let state = AppState::new(config, pool, vocabulary, glossary);
    let in_flight = state.in_flight.clone();
    let router = app(state);
    let max_connections = usize::try_from(config.max_connections).unwrap_or(usize::MAX);
    http::serve(listener, router, max_connections, shutdown_signal()).await;
    // Responses whose clients left are still being read to their end.
    if !in_flight.all_done(http::SHUTDOWN_GRACE).await {
        tracing::warn!("responses still rendering after the shutdown grace period");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
