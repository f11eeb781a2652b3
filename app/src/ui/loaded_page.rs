//! A page that reads the database: it waits for its data, so the whole page
//! arrives at once and works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{error::AppError, i18n::t};

/// Waits for `load`, then shows what it loaded, or why it cannot (with the
/// page's status, and a way out to `way_out`, labelled by message `way_out_key`).
pub fn loaded_page<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
    way_out: &'static str,
    way_out_key: &'static str,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    loaded(load, show, move |error| {
        problem_view(error, way_out, way_out_key).into_any()
    })
}

/// Like [`loaded_page`] for one section of a page that shows other things
/// too: a problem is said inside the section, under its heading, and the
/// rest of the page and its status stand.
pub fn loaded_section<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    loaded(load, show, |error| {
        view! { <p class="notice notice--problem">{t(error.message_key())}</p> }.into_any()
    })
}

/// Waits for `load`, then shows what it loaded, or `problem` with its error.
///
/// `load` runs once per request. `Suspense` renders its children more than
/// once on the server (a dry run that finds what to wait for, then the real
/// one), so the load is shared between them: run twice, it doubled every
/// page's queries and cancelled one run midway.
fn loaded<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
    problem: impl Fn(AppError) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    #[cfg(feature = "ssr")]
    let loading = {
        use futures::FutureExt;
        load().shared()
    };
    view! {
        <Suspense>
            {move || {
                #[cfg(feature = "ssr")]
                let loading = loading.clone();
                #[cfg(not(feature = "ssr"))]
                let loading = load();
                let (show, problem) = (show.clone(), problem.clone());
                Suspend::new(async move {
                    match loading.await {
                        Ok(data) => show(data).into_any(),
                        Err(error) => problem(error),
                    }
                })
            }}
        </Suspense>
    }
}

/// A page that cannot be shown: the reason, with the page's status.
pub fn problem_view(
    error: AppError,
    way_out: &'static str,
    way_out_key: &'static str,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::context::set_page_status(error.status_code());
    view! {
        <Title text=t(error.message_key())/>
        <h1>{t(error.message_key())}</h1>
        <p><a href=way_out>{t(way_out_key)}</a></p>
    }
}

/// A page that only sends the person on to `path`: a redirect, with a link
/// for the rare browser that shows the page instead of following it.
pub fn go_to(path: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::context::redirect_page(&path);
    view! {
        <Title text=t("page-continue")/>
        <h1>{t("page-continue")}</h1>
        <p><a href=path>{t("page-continue")}</a></p>
    }
}
