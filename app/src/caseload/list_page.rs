//! `/coach/caseload`: the coach's jobseekers, a page at a time, with a GET
//! form to search by name, show only those quiet for two weeks, and sort.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{CASELOAD, views::CaseloadView};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::DataTable,
};

/// The list's choices as typed in the address: search, quiet, sort, page.
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    not(feature = "ssr"),
    expect(dead_code, reason = "the list is made on the server")
)]
struct Choices {
    search: String,
    quiet_only: bool,
    sort: String,
    page: i64,
}

fn choices() -> Choices {
    use_query_map().with_untracked(|q| Choices {
        search: q.get("search").unwrap_or_default().trim().to_owned(),
        quiet_only: q.get("quiet").as_deref() == Some("yes"),
        sort: q.get("sort").unwrap_or_default(),
        page: q
            .get("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .clamp(1, 100_000),
    })
}

async fn load(choices: Choices) -> Result<CaseloadView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::db::{Filter, Sort};
        let filter = Filter {
            search: (!choices.search.is_empty()).then(|| choices.search.clone()),
            quiet_only: choices.quiet_only,
            sort: Sort::parse(&choices.sort),
            page: choices.page,
        };
        let listing = super::server::listing(&filter).await?;
        Ok(view_of(listing, &filter, choices))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = choices;
        Err(AppError::Internal)
    }
}

#[cfg(feature = "ssr")]
fn view_of(
    listing: super::server::Listing,
    filter: &super::db::Filter,
    choices: Choices,
) -> CaseloadView {
    use super::{PAGE_SIZE, QUIET_DAYS, views::PersonRow};
    use crate::{
        i18n::{helsinki_date, use_locale},
        skills::views::{change_text, level_key},
    };
    let locale = use_locale();
    let quiet_since = time::OffsetDateTime::now_utc() - time::Duration::days(QUIET_DAYS);
    let total = listing.rows.first().map_or(0, |r| r.total);
    let area_name = |id: &str| {
        listing
            .framework
            .as_ref()
            .and_then(|f| f.area(id))
            .map_or_else(|| id.to_owned(), |a| format!("{} {}", a.number, a.name))
    };
    let rows = listing
        .rows
        .iter()
        .map(|r| PersonRow {
            href: super::jobseeker_path(r.account_id),
            name: r.name.clone(),
            last_activity: r
                .last_activity
                .map_or_else(|| t("caseload-no-activity"), |at| helsinki_date(at, locale)),
            quiet: r.last_activity.is_none_or(|at| at < quiet_since),
            modules: if r.assigned == 0 {
                t("caseload-modules-none")
            } else {
                t_args(
                    "caseload-modules-done",
                    &[
                        ("done", FluentValue::from(r.completed)),
                        ("count", FluentValue::from(r.assigned)),
                    ],
                )
            },
            skills: listing
                .progress
                .iter()
                .filter(|p| p.account_id == r.account_id)
                .map(|p| {
                    t_args(
                        "caseload-area-level",
                        &[
                            ("area", FluentValue::from(area_name(&p.area_id))),
                            ("level", FluentValue::from(t(level_key(Some(p.latest))))),
                            (
                                "change",
                                FluentValue::from(
                                    change_text(Some(p.first), Some(p.latest), locale)
                                        .unwrap_or_default(),
                                ),
                            ),
                        ],
                    )
                })
                .collect(),
            next_event: r.next_event.map(|at| helsinki_date(at, locale)),
            open_steps: r.open_steps,
            unread: (r.unread > 0).then(|| {
                let count = FluentValue::from(r.unread);
                (
                    t_args("caseload-unread-messages", &[("count", count)]),
                    crate::messages::coach_messages_path(r.account_id),
                )
            }),
            first_contact: listing
                .rapid
                .iter()
                .find(|(id, _)| *id == r.account_id)
                .map_or_else(
                    || (String::new(), false),
                    |(_, rapid)| (rapid.text(), rapid.late()),
                ),
        })
        .collect();
    let today = crate::i18n::helsinki_today();
    CaseloadView {
        rows,
        total,
        page: filter.page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        search: choices.search,
        quiet_only: choices.quiet_only,
        sort: filter.sort.as_str().to_owned(),
        due: crate::follow_along::views::shown(listing.due, today),
    }
}

/// `/coach/caseload`.
#[component]
pub fn CaseloadPage() -> impl IntoView {
    let choices = choices();
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("caseload-title")/>
            <h1>{t("caseload-title")}</h1>
            {crate::ui::done_notice(&crate::ui::FormState::take(super::person_fns::FORM_TRANSFER), "transfer-done")}
            {
                let choices = choices.clone();
                crate::ui::loaded_page(move || load(choices.clone()), |view: CaseloadView| view! { <Caseload view/> }, "/", "nav-home")
            }
        </Protected>
    }
}

/// The address of page `page` with the same choices.
fn page_link(view: &CaseloadView, page: i64) -> String {
    let mut query = vec![format!("page={page}"), format!("sort={}", view.sort)];
    if !view.search.is_empty() {
        query.push(format!(
            "search={}",
            percent_encoding::utf8_percent_encode(&view.search, percent_encoding::NON_ALPHANUMERIC)
        ));
    }
    if view.quiet_only {
        query.push("quiet=yes".to_owned());
    }
    format!("{CASELOAD}?{}", query.join("&"))
}

#[component]
fn Caseload(view: CaseloadView) -> impl IntoView {
    let sorts = [
        ("quietest", "caseload-sort-quietest"),
        ("name", "caseload-sort-name"),
        ("progress", "caseload-sort-progress"),
        ("unread", "caseload-sort-unread"),
    ];
    let found = t_args(
        "caseload-count",
        &[("count", FluentValue::from(view.total))],
    );
    let pager = (view.pages > 1).then(|| {
        let previous = (view.page > 1).then(|| page_link(&view, view.page - 1));
        let next = (view.page < view.pages).then(|| page_link(&view, view.page + 1));
        view! {
            <nav class="pager" aria-label=t("caseload-pages")>
                {previous.map(|href| view! { <a href=href rel="prev">{t("caseload-previous")}</a> })}
                <span>{t_args("caseload-page-of", &[("page", FluentValue::from(view.page)), ("pages", FluentValue::from(view.pages))])}</span>
                {next.map(|href| view! { <a href=href rel="next">{t("caseload-next")}</a> })}
            </nav>
        }
    });
    view! {
        <crate::follow_along::views::DueCheckIns checkins=view.due.clone()/>
        <form method="get" action=CASELOAD class="form filters-form">
            <div class="field">
                <label for="caseload-search">{t("caseload-search")}</label>
                <input type="search" id="caseload-search" name="search" value=view.search.clone() autocomplete="off"/>
            </div>
            <div class="field">
                <label for="caseload-sort">{t("caseload-sort")}</label>
                <select id="caseload-sort" name="sort">
                    {sorts.iter().map(|(value, key)| view! {
                        <option value=*value selected=view.sort == *value>{t(key)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="choice">
                <input type="checkbox" id="caseload-quiet" name="quiet" value="yes" checked=view.quiet_only/>
                <label for="caseload-quiet">{t("caseload-quiet-only")}</label>
            </div>
            <button type="submit" class="button">{t("caseload-apply")}</button>
        </form>
        <p role="status">{found}</p>
        {if view.rows.is_empty() {
            view! { <p>{t("caseload-none")}</p> }.into_any()
        } else {
            view! { <PeopleTable view=view.clone()/> }.into_any()
        }}
        {pager}
    }
}

#[component]
fn PeopleTable(view: CaseloadView) -> impl IntoView {
    view! {
        <DataTable id="caseload" caption=t("caseload-caption")>
            <thead>
                <tr>
                    <th scope="col">{t("caseload-column-name")}</th>
                    <th scope="col">{t("caseload-column-messages")}</th>
                    <th scope="col">{t("caseload-column-activity")}</th>
                    <th scope="col">{t("caseload-column-modules")}</th>
                    <th scope="col">{t("caseload-column-skills")}</th>
                    <th scope="col">{t("caseload-column-plan")}</th>
                    <th scope="col">{t("caseload-column-first-contact")}</th>
                    <th scope="col">{t("caseload-column-next-event")}</th>
                </tr>
            </thead>
            <tbody>
                {view.rows.into_iter().map(|row| view! {
                    <tr class:caseload--quiet=row.quiet>
                        <th scope="row"><a href=row.href>{row.name}</a></th>
                        <td>
                            {match row.unread {
                                Some((text, href)) => view! { <a href=href>{text}</a> }.into_any(),
                                None => "\u{2013}".into_any(),
                            }}
                        </td>
                        <td>
                            {row.last_activity}
                            {row.quiet.then(|| view! { <br/><strong>{t("caseload-quiet-flag")}</strong> })}
                        </td>
                        <td>{row.modules}</td>
                        <td>
                            {if row.skills.is_empty() {
                                t("caseload-skills-none").into_any()
                            } else {
                                view! { <ul class="plain-list">{row.skills.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </td>
                        <td>{row.open_steps}</td>
                        <td>
                            {row.first_contact.0}
                            {row.first_contact.1.then(|| view! { <br/><strong>{t("caseload-first-contact-late")}</strong> })}
                        </td>
                        <td>{row.next_event.unwrap_or_else(|| "\u{2013}".to_owned())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}
