//! `/coach/messages`: a coach's inbox. Their jobseekers' conversations,
//! unread first; those of the team's coaches who are away; their own days
//! away; and the conversations removed with a person's account.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::server_fns::{FIELD_AWAY, FORM_AWAY, SetAway};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{FormState, FormSummary, PostForm, TextField, done_notice},
};

/// One conversation as the inbox lists it.
#[derive(Clone, Debug)]
struct Conversation {
    href: String,
    name: String,
    /// The person's own coach (their account) when the reader covers for them.
    covered_coach: Option<i64>,
    latest: String,
    unread: i64,
}

#[derive(Clone, Debug)]
struct ShownInbox {
    conversations: Vec<Conversation>,
    /// Each away teammate: their account, name and last day away as shown.
    away: Vec<(i64, String, String)>,
    /// The reader's own last day away, as shown and as the form's value.
    my_away: Option<(String, String)>,
    formers: Vec<String>,
}

async fn load() -> Result<ShownInbox, AppError> {
    #[cfg(feature = "ssr")]
    {
        use crate::i18n::{calendar_date, helsinki_date, helsinki_time, use_locale};
        let inbox = super::server::inbox().await?;
        let locale = use_locale();
        let conversations = inbox
            .rows
            .into_iter()
            .map(|row| {
                let key = match row.latest_from_jobseeker {
                    true => "message-inbox-latest-them",
                    false => "message-inbox-latest-coach",
                };
                let day = FluentValue::from(helsinki_date(row.latest_at, locale));
                let time = FluentValue::from(helsinki_time(row.latest_at, locale));
                Conversation {
                    href: super::coach_messages_path(row.jobseeker),
                    name: row.name,
                    covered_coach: row.covered_coach,
                    latest: t_args(key, &[("day", day), ("time", time)]),
                    unread: row.unread,
                }
            })
            .collect();
        let away = inbox
            .away
            .into_iter()
            .map(|teammate| {
                let until = calendar_date(teammate.until, locale);
                (teammate.coach, teammate.name, until)
            })
            .collect();
        let formers = inbox
            .formers
            .into_iter()
            .map(|former| {
                let month = [
                    (
                        "month",
                        FluentValue::from(u8::from(former.removed_in.month())),
                    ),
                    (
                        "year",
                        FluentValue::from(former.removed_in.year().to_string()),
                    ),
                ];
                let args = [
                    ("month", FluentValue::from(t_args("search-month", &month))),
                    ("unread", FluentValue::from(former.unread)),
                ];
                t_args("message-former", &args)
            })
            .collect();
        Ok(ShownInbox {
            conversations,
            away,
            my_away: inbox
                .my_away
                .map(|day| (calendar_date(day, locale), day.to_string())),
            formers,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/coach/messages`.
#[component]
pub fn InboxPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("message-inbox-title")/>
            <h1>{t("message-inbox-title")}</h1>
            {crate::ui::loaded_page(load, |inbox| view! { <Inbox inbox/> }, crate::caseload::CASELOAD, "caseload-back")}
        </Protected>
    }
}

#[component]
fn Inbox(inbox: ShownInbox) -> impl IntoView {
    let (covered, own): (Vec<_>, Vec<_>) = inbox
        .conversations
        .into_iter()
        .partition(|c| c.covered_coach.is_some());
    let nobody_away = inbox.away.is_empty();
    let away = inbox.away.into_iter().map(|(coach, name, until)| {
        let theirs: Vec<_> = covered
            .iter()
            .filter(|c| c.covered_coach == Some(coach))
            .cloned()
            .collect();
        let args = [
            ("name", FluentValue::from(name)),
            ("day", FluentValue::from(until)),
        ];
        view! {
            <h3>{t_args("message-inbox-away", &args)}</h3>
            <Conversations conversations=theirs none="message-inbox-none-covered"/>
        }
    });
    let formers = (!inbox.formers.is_empty()).then(|| {
        view! {
            <section aria-labelledby="inbox-formers">
                <h2 id="inbox-formers">{t("message-inbox-formers")}</h2>
                <ul>{inbox.formers.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </section>
        }
    });
    view! {
        <p>{t("message-inbox-intro")}</p>
        <section aria-labelledby="inbox-own">
            <h2 id="inbox-own">{t("message-inbox-own")}</h2>
            <Conversations conversations=own none="message-inbox-none"/>
        </section>
        <section aria-labelledby="inbox-team">
            <h2 id="inbox-team">{t("message-inbox-team")}</h2>
            <p class="hint">{t("message-inbox-team-rule")}</p>
            {nobody_away.then(|| view! { <p>{t("message-inbox-nobody-away")}</p> })}
            {away.collect_view()}
        </section>
        <AwayForm my_away=inbox.my_away/>
        {formers}
    }
}

#[component]
fn Conversations(conversations: Vec<Conversation>, none: &'static str) -> impl IntoView {
    if conversations.is_empty() {
        return view! { <p>{t(none)}</p> }.into_any();
    }
    view! {
        <ul class="plain-list inbox">
            {conversations.into_iter().map(|c| {
                let unread = (c.unread > 0).then(|| {
                    let count = [("count", FluentValue::from(c.unread))];
                    view! { <strong>{t_args("message-inbox-unread", &count)}</strong>" · " }
                });
                view! {
                    <li class="inbox__item">
                        <p><a href=c.href>{c.name}</a></p>
                        <p class="message__meta">{unread}{c.latest}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The coach's own days away: the last day, or that they are back.
#[component]
fn AwayForm(my_away: Option<(String, String)>) -> impl IntoView {
    let state = FormState::take(FORM_AWAY);
    let status = match &my_away {
        Some((shown, _)) => t_args(
            "message-away-until",
            &[("day", FluentValue::from(shown.clone()))],
        ),
        None => t("message-away-none"),
    };
    let value = match (state.posted(FIELD_AWAY), &my_away) {
        (Some(typed), _) => typed,
        (None, Some((_, iso))) => iso.clone(),
        (None, None) => String::new(),
    };
    let back = my_away.is_some().then(|| {
        view! {
            <PostForm action=SetAway::url()>
                <input type="hidden" name="back" value="yes"/>
                <button type="submit" class="button button--secondary">{t("message-away-back")}</button>
            </PostForm>
        }
    });
    view! {
        <section aria-labelledby="away-heading">
            <h2 id="away-heading">{t("message-away-heading")}</h2>
            {done_notice(&state, "message-away-saved")}
            <p>{status}</p>
            <FormSummary state=state.clone()/>
            <PostForm action=SetAway::url()>
                <TextField state name=FIELD_AWAY kind="date" label=t("message-away-day")
                    hint=t("message-away-hint") value/>
                <button type="submit" class="button">{t("message-away-save")}</button>
            </PostForm>
            {back}
        </section>
    }
}
