//! `/jobs`: "Jobs for you", the open jobs ranked by how well they fit what
//! the jobseeker can do, each with what they have and would still need, and
//! a GET form to narrow them by field, place, form of work, kind and
//! whether Finnish is required.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{COACH_JOBS, JOBS, MY_JOBS};
#[cfg(feature = "ssr")]
use super::{coach_job_path, job_path};
use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::Heading,
};

/// Who reads the list: a jobseeker, ranked for them, or a coach, who looks
/// for jobs for the people on their caseload (newest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Audience {
    Jobseeker,
    Coach,
}

impl Audience {
    fn path(self) -> &'static str {
        match self {
            Audience::Jobseeker => JOBS,
            Audience::Coach => COACH_JOBS,
        }
    }

    #[cfg(feature = "ssr")]
    fn job_href(self, job_id: i64) -> String {
        match self {
            Audience::Jobseeker => job_path(job_id),
            Audience::Coach => coach_job_path(job_id),
        }
    }
}

/// Jobs per page.
#[cfg(feature = "ssr")]
const PAGE_SIZE: usize = 20;

/// The filter as typed in the address; unknown values are ignored.
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    not(feature = "ssr"),
    expect(dead_code, reason = "the list is made on the server")
)]
struct Choices {
    field: String,
    place: String,
    form: String,
    kind: String,
    no_finnish: bool,
    page: usize,
}

fn choices() -> Choices {
    use_query_map().with_untracked(|q| Choices {
        field: q.get("field").unwrap_or_default(),
        place: q.get("place").unwrap_or_default(),
        form: q.get("form").unwrap_or_default(),
        kind: q.get("kind").unwrap_or_default(),
        no_finnish: q.get("finnish").as_deref() == Some("no"),
        page: q
            .get("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .clamp(1, 10_000),
    })
}

/// One job as the list shows it.
#[derive(Clone, Debug)]
pub(super) struct JobCard {
    pub href: String,
    pub title: String,
    /// The title's language, when it is not the page's.
    pub lang: Option<String>,
    pub meta: String,
    pub score: u8,
    pub all_musts: bool,
    pub have: Vec<String>,
    pub missing: Vec<String>,
}

/// The page: its cards, the filter's choices and where the reader stands.
#[derive(Clone, Debug)]
struct JobsView {
    audience: Audience,
    cards: Vec<JobCard>,
    total: usize,
    page: usize,
    pages: usize,
    has_facts: bool,
    fields: Vec<(String, String)>,
    places: Vec<String>,
    choices: Choices,
}

async fn load(choices: Choices, audience: Audience) -> Result<JobsView, AppError> {
    #[cfg(feature = "ssr")]
    {
        use super::{db::Filter, server, views::card};
        use crate::jobs::types::{JobForm, JobKind};
        let locale = crate::i18n::use_locale();
        let vocabulary = crate::context::vocabulary()?;
        let texts = vocabulary.texts(locale);
        let field = vocabulary
            .fields
            .iter()
            .find(|f| **f == choices.field)
            .cloned();
        let filter = Filter {
            occupations: field.as_ref().map(|field| {
                vocabulary
                    .occupations
                    .iter()
                    .filter(|o| &o.field == field)
                    .map(|o| o.id.clone())
                    .collect()
            }),
            place: Some(choices.place.clone()).filter(|p| !p.is_empty()),
            form: JobForm::parse(&choices.form).map(|f| f.as_str().to_owned()),
            kind: JobKind::parse(&choices.kind).map(|k| k.as_str().to_owned()),
            finnish_not_required: choices.no_finnish,
            event: None,
        };
        let listing = match audience {
            Audience::Jobseeker => server::jobs_for_me(&filter, locale).await?,
            Audience::Coach => server::open_jobs_for_coach(&filter, locale).await?,
        };
        let total = listing.jobs.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = choices.page.min(pages);
        let cards = listing
            .jobs
            .into_iter()
            .skip((page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .map(|ranked| card(&ranked, texts, locale, audience.job_href(ranked.job.job_id)))
            .collect();
        let mut fields: Vec<(String, String)> = vocabulary
            .fields
            .iter()
            .map(|f| (f.clone(), texts.fields.get(f).cloned().unwrap_or_default()))
            .collect();
        crate::i18n::sort_by_name(&mut fields, locale, |(_, name)| name);
        Ok(JobsView {
            audience,
            cards,
            total,
            page,
            pages,
            has_facts: listing.has_facts,
            fields,
            places: listing.places,
            choices,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (choices, audience);
        Err(AppError::Internal)
    }
}

/// `/jobs`.
#[component]
pub fn JobsForYouPage() -> impl IntoView {
    let choices = choices();
    view! {
        <Protected roles=&[Role::Jobseeker]>
            <Title text=t("match-jobs-title")/>
            <h1>{t("match-jobs-title")}</h1>
            <p>{t("match-jobs-intro")}</p>
            <details class="explain">
                <summary>{t("match-how-sorted")}</summary>
                <p>{t("match-how-sorted-text")}</p>
            </details>
            <p><a class="button button--secondary" href=MY_JOBS>{t("match-my-jobs-link")}</a></p>
            {
                let choices = choices.clone();
                crate::ui::loaded_page(move || load(choices.clone(), Audience::Jobseeker), show, "/", "nav-home")
            }
        </Protected>
    }
}

/// `/coach/jobs`: the open jobs, newest first, each leading to the people
/// on the coach's caseload who fit it best.
#[component]
pub fn CoachOpenJobsPage() -> impl IntoView {
    let choices = choices();
    view! {
        <Protected roles=&[Role::Coach]>
            <Title text=t("match-coach-jobs-title")/>
            <h1>{t("match-coach-jobs-title")}</h1>
            <p>{t("match-coach-jobs-intro")}</p>
            {
                let choices = choices.clone();
                crate::ui::loaded_page(move || load(choices.clone(), Audience::Coach), show, "/", "nav-home")
            }
        </Protected>
    }
}

fn show(view: JobsView) -> impl IntoView {
    let no_facts = (view.audience == Audience::Jobseeker && !view.has_facts).then(|| {
        view! {
            <p class="notice">
                {t("match-no-facts")}" "<a href="/skills">{t("match-no-facts-link")}</a>
            </p>
        }
    });
    let found = t_args("match-found", &[("count", FluentValue::from(view.total))]);
    let pager = (view.pages > 1).then(|| pager(&view));
    let list = if view.cards.is_empty() {
        view! { <p>{t("match-none")}</p> }.into_any()
    } else {
        view! {
            <ol class="job-cards">
                {view.cards.iter().cloned().map(|card| view! { <JobCardView card ranked=view.audience == Audience::Jobseeker/> }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        {no_facts}
        <FilterForm view=view.clone()/>
        <p role="status">{found}</p>
        {list}
        {pager}
    }
}

#[component]
fn FilterForm(view: JobsView) -> impl IntoView {
    use crate::jobs::types::{JobForm, JobKind};
    let choices = view.choices;
    let option = move |value: String, label: String, chosen: &str| {
        let selected = value == chosen;
        view! { <option value=value selected=selected>{label}</option> }
    };
    view! {
        <form method="get" action=view.audience.path() class="form filters-form" role="search" aria-label=t("match-filter-label")>
            <div class="field">
                <label for="jobs-field">{t("match-filter-field")}</label>
                <select id="jobs-field" name="field">
                    {option(String::new(), t("match-filter-any-field"), &choices.field)}
                    {view.fields.into_iter().map(|(id, name)| option(id, name, &choices.field)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="jobs-place">{t("match-filter-place")}</label>
                <select id="jobs-place" name="place">
                    {option(String::new(), t("match-filter-any-place"), &choices.place)}
                    {view.places.into_iter().map(|place| option(place.clone(), place, &choices.place)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="jobs-form">{t("match-filter-form")}</label>
                <select id="jobs-form" name="form">
                    {option(String::new(), t("match-filter-any-form"), &choices.form)}
                    {JobForm::ALL.into_iter().map(|f| option(f.as_str().to_owned(), t(&format!("job-form-{}", f.as_str())), &choices.form)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="jobs-kind">{t("match-filter-kind")}</label>
                <select id="jobs-kind" name="kind">
                    {option(String::new(), t("match-filter-any-kind"), &choices.kind)}
                    {JobKind::ALL.into_iter().map(|k| option(k.as_str().to_owned(), t(&format!("job-kind-{}", k.as_str())), &choices.kind)).collect_view()}
                </select>
            </div>
            <div class="choice">
                <input type="checkbox" id="jobs-finnish" name="finnish" value="no" checked=choices.no_finnish/>
                <label for="jobs-finnish">{t("match-filter-no-finnish")}</label>
            </div>
            <button type="submit" class="button">{t("match-filter-apply")}</button>
        </form>
    }
}

/// Links to the previous and next pages, keeping the filter.
fn pager(view: &JobsView) -> impl IntoView + use<> {
    let choices = &view.choices;
    let link = |page: usize| {
        let mut query = Vec::new();
        for (name, value) in [
            ("field", choices.field.as_str()),
            ("place", choices.place.as_str()),
            ("form", choices.form.as_str()),
            ("kind", choices.kind.as_str()),
            ("finnish", if choices.no_finnish { "no" } else { "" }),
        ] {
            if !value.is_empty() {
                let value = percent_encoding::utf8_percent_encode(
                    value,
                    percent_encoding::NON_ALPHANUMERIC,
                );
                query.push(format!("{name}={value}"));
            }
        }
        query.push(format!("page={page}"));
        format!("{}?{}", view.audience.path(), query.join("&"))
    };
    let previous = (view.page > 1).then(|| link(view.page - 1));
    let next = (view.page < view.pages).then(|| link(view.page + 1));
    let of = t_args(
        "match-page-of",
        &[
            ("page", FluentValue::from(view.page)),
            ("pages", FluentValue::from(view.pages)),
        ],
    );
    view! {
        <nav class="pager" aria-label=t("match-pages")>
            {previous.map(|href| view! { <a href=href rel="prev">{t("match-previous")}</a> })}
            <span>{of}</span>
            {next.map(|href| view! { <a href=href rel="next">{t("match-next")}</a> })}
        </nav>
    }
}

/// One job in a list; its title a heading at `level` (2 on a page of jobs).
#[component]
pub(super) fn JobCardView(
    card: JobCard,
    ranked: bool,
    #[prop(default = 2)] level: u8,
) -> impl IntoView {
    let fit = t_args(
        "match-fit-score",
        &[("score", FluentValue::from(card.score))],
    );
    view! {
        <li class="job-card">
            <Heading level><a href=card.href lang=card.lang>{card.title}</a></Heading>
            <p class="job-card__meta">{card.meta}</p>
            {ranked.then(|| view! {
                <p class="job-card__fit">
                    {fit}
                    {card.all_musts.then(|| view! { " "<strong>{t("match-all-musts")}</strong> })}
                </p>
            })}
            {(!card.have.is_empty()).then(|| view! {
                <p><strong>{t("match-you-have")}</strong>" "{card.have.join(", ")}</p>
            })}
            {(!card.missing.is_empty()).then(|| view! {
                <p><strong>{t("match-you-need")}</strong>" "{card.missing.join(", ")}</p>
            })}
        </li>
    }
}
