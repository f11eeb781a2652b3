//! `/employers`: every employer in the service, and the form to add one.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{EMPLOYER_KEEPERS, employer_path, types::EmployerSummary};
use crate::{
    accounts::Protected,
    error::AppError,
    i18n::t,
    ui::{DataTable, FormState, FormSummary, PostForm, TextField, loaded_section},
};

/// The "add an employer" form; the new employer's page takes its note.
pub(super) const CREATE_FORM: &str = "employer-create";
pub(super) const FIELD_NAME: &str = "name";
pub(super) const FIELD_BUSINESS_ID: &str = "business_id";

/// A coach or admin adds an employer; done, they are on its page.
#[server(prefix = "/api", endpoint = "create-employer")]
pub async fn create_employer(
    name: Option<String>,
    business_id: Option<String>,
) -> Result<i64, AppError> {
    let [name, business_id] = [name, business_id].map(Option::unwrap_or_default);
    let result = super::server::create_employer(&name, &business_id).await;
    let typed = vec![
        (FIELD_NAME.to_owned(), name),
        (FIELD_BUSINESS_ID.to_owned(), business_id),
    ];
    let here = super::EMPLOYERS;
    let next = result
        .as_ref()
        .map_or_else(|_| here.to_owned(), |id| employer_path(*id));
    crate::forms::answer_form_post_to(CREATE_FORM, typed, &result, here, &next);
    result
}

async fn load() -> Result<Vec<EmployerSummary>, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::employers().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// `/employers`, for coaches and admins.
#[component]
pub fn EmployersPage() -> impl IntoView {
    view! {
        <Protected roles=EMPLOYER_KEEPERS>
            <Title text=t("employers-title")/>
            <h1>{t("employers-title")}</h1>
            <p>{t("employers-intro")}</p>
            {loaded_section(load, |rows| view! { <EmployerTable rows/> })}
            <CreateEmployerForm/>
        </Protected>
    }
}

#[component]
fn EmployerTable(rows: Vec<EmployerSummary>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t("employers-none")}</p> }.into_any();
    }
    view! {
        <DataTable id="employers" caption=t("employers-caption")>
            <thead>
                <tr>
                    <th scope="col">{t("employers-column-name")}</th>
                    <th scope="col">{t("employers-column-business-id")}</th>
                    <th scope="col" class="number">{t("employers-column-staff")}</th>
                    <th scope="col" class="number">{t("employers-column-jobs")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <th scope="row"><a href=employer_path(row.employer_id)>{row.name}</a></th>
                        <td>{row.business_id}</td>
                        <td class="number">{row.staff}</td>
                        <td class="number">{row.published_jobs}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
    .into_any()
}

#[component]
fn CreateEmployerForm() -> impl IntoView {
    let state = FormState::take(CREATE_FORM);
    view! {
        <section aria-labelledby="employer-create-heading">
            <h2 id="employer-create-heading">{t("employers-create-heading")}</h2>
            <FormSummary state=state.clone()/>
            <PostForm action=CreateEmployer::url()>
                <TextField state=state.clone() name=FIELD_NAME label=t("employers-name-label")
                    autocomplete="off" required=true/>
                <TextField state name=FIELD_BUSINESS_ID label=t("employers-business-id-label")
                    hint=t("employers-business-id-hint") autocomplete="off"/>
                <button type="submit" class="button">{t("employers-create-submit")}</button>
            </PostForm>
        </section>
    }
}
