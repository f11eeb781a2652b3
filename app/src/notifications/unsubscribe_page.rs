//! `/unsubscribe?c=email|sms&k=…`: where a notice's link leads. One press
//! stops that channel, without signing in; the page then offers to start it
//! again. Opening the page changes nothing (mail scanners open links too).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    error::AppError,
    i18n::t,
    ui::{FormState, PostForm, done_notice},
};

const FORM: &str = "unsubscribe";

/// Stops the channel the link names (`on=no`), or starts it again (`on=yes`).
#[server(prefix = "/api", endpoint = "unsubscribe")]
pub async fn set_channel_by_link(
    c: Option<String>,
    k: Option<String>,
    on: Option<String>,
) -> Result<(), AppError> {
    let (channel, key) = (c.unwrap_or_default(), k.unwrap_or_default());
    let on = on.as_deref() == Some("yes");
    let result = super::server::set_by_link(&channel, &key, on).await;
    let back = format!(
        "{}?c={}&k={}",
        super::UNSUBSCRIBE,
        encoded(&channel),
        encoded(&key)
    );
    crate::forms::answer_form_post(FORM, Vec::new(), &result, &back);
    result
}

#[cfg(feature = "ssr")]
fn encoded(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

#[derive(Clone, Debug)]
struct Link {
    channel: String,
    key: String,
    /// Whether the channel is still on.
    on: bool,
}

async fn load(channel: String, key: String) -> Result<Link, AppError> {
    #[cfg(feature = "ssr")]
    {
        let on = super::server::unsubscribe_state(&channel, &key).await?;
        Ok(Link { channel, key, on })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (channel, key);
        Err(AppError::Internal)
    }
}

/// `/unsubscribe`.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let (channel, key) = use_query_map().with_untracked(|query| {
        (
            query.get("c").unwrap_or_default(),
            query.get("k").unwrap_or_default(),
        )
    });
    view! {
        {crate::ui::loaded_page(move || load(channel.clone(), key.clone()), |link| view! { <Channel link/> }, "/", "nav-home")}
    }
}

#[component]
fn Channel(link: Link) -> impl IntoView {
    let state = FormState::take(FORM);
    // Fluent ids per channel: notify-stop-email-title, notify-stop-sms-title, …
    let text = |what: &str| t(&format!("notify-stop-{}-{what}", link.channel));
    let (explained, button, on) = match link.on {
        true => (text("intro"), text("button"), "no"),
        false => (text("stopped"), text("again"), "yes"),
    };
    view! {
        <Title text=text("title")/>
        <h1>{text("title")}</h1>
        {done_notice(&state, "notify-stop-saved")}
        <p>{explained}</p>
        <PostForm action=SetChannelByLink::url()>
            <input type="hidden" name="c" value=link.channel.clone()/>
            <input type="hidden" name="k" value=link.key.clone()/>
            <input type="hidden" name="on" value=on/>
            <button type="submit" class="button">{button}</button>
        </PostForm>
        <p>{t("notify-stop-settings")}" "<a href=super::SETTINGS>{t("notify-title")}</a></p>
    }
}
