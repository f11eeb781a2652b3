//! `/employers/{employer}`: one employer, the people on its staff, and the
//! forms to add someone to it or take them off.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    EMPLOYER_KEEPERS, EMPLOYERS,
    list_page::CREATE_FORM,
    types::{AddedStaff, Employer, StaffMember},
};
use crate::{
    accounts::{HANDED_CODE_DAYS, Protected, public_address},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, ConfirmedPost, FormState, FormSummary, PostForm, TextField, done_notice,
        id_param, loaded_page,
    },
};

const STAFF_FORM: &str = "employer-staff";
const REMOVE_FORM: &str = "employer-staff-remove";
pub(super) const FIELD_STAFF_NAME: &str = "display_name";
pub(super) const FIELD_EMAIL: &str = "email";
/// The new account's code, carried to the page that shows it once.
const VALUE_CODE: &str = "code";

/// Where a post about `employer` comes back to.
#[cfg(feature = "ssr")]
fn page_of(employer: Option<i64>) -> String {
    employer.map_or_else(|| EMPLOYERS.to_owned(), super::employer_path)
}

/// A coach or admin puts someone on an employer's staff by name and email;
/// someone new to Askel gets an organiser account, and the answer carries the
/// code they set their password with.
#[server(prefix = "/api", endpoint = "add-employer-staff")]
pub async fn add_employer_staff(
    employer: Option<i64>,
    display_name: Option<String>,
    email: Option<String>,
) -> Result<AddedStaff, AppError> {
    use crate::forms::FormOutcome;

    let [display_name, email] = [display_name, email].map(Option::unwrap_or_default);
    let result = super::server::add_staff(employer, &display_name, &email).await;
    let flash = match &result {
        Ok(added) => FormOutcome {
            form: STAFF_FORM.to_owned(),
            values: vec![
                (FIELD_STAFF_NAME.to_owned(), added.display_name.clone()),
                (
                    VALUE_CODE.to_owned(),
                    added.code.clone().unwrap_or_default(),
                ),
            ],
            done: true,
            ..FormOutcome::default()
        },
        Err(_) => {
            let typed = vec![
                (FIELD_STAFF_NAME.to_owned(), display_name),
                (FIELD_EMAIL.to_owned(), email),
            ];
            FormOutcome::from_result(STAFF_FORM, typed, &result)
        }
    };
    let page = page_of(employer);
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), &page, &page);
    result
}

/// A coach or admin takes someone off an employer's staff; their account stays.
#[server(prefix = "/api", endpoint = "remove-employer-staff")]
pub async fn remove_employer_staff(
    employer: Option<i64>,
    account: Option<i64>,
) -> Result<(), AppError> {
    let result = super::server::remove_staff(employer, account).await;
    crate::forms::answer_form_post(REMOVE_FORM, Vec::new(), &result, &page_of(employer));
    result
}

async fn load(employer_id: i64) -> Result<Employer, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::employer(employer_id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = employer_id;
        Err(AppError::Internal)
    }
}

/// `/employers/{employer}`, for coaches and admins.
#[component]
pub fn EmployerPage() -> impl IntoView {
    let employer = id_param("employer");
    view! {
        <Protected roles=EMPLOYER_KEEPERS>
            {loaded_page(move || load(employer), |employer| view! { <EmployerContent employer/> },
                EMPLOYERS, "employers-back")}
        </Protected>
    }
}

#[component]
fn EmployerContent(employer: Employer) -> impl IntoView {
    let created = FormState::take(CREATE_FORM);
    let business_id = employer
        .business_id
        .clone()
        .unwrap_or_else(|| t("employers-business-id-none"));
    let is_coach = crate::accounts::current_user()
        .is_some_and(|user| user.role == crate::accounts::Role::Coach);
    view! {
        <Title text=employer.name.clone()/>
        <BackLink href=EMPLOYERS label=t("employers-back")/>
        <h1>{employer.name.clone()}</h1>
        {done_notice(&created, "employers-created")}
        <dl class="summary-list">
            <div>
                <dt>{t("employers-business-id-label")}</dt>
                <dd>{business_id}</dd>
            </div>
        </dl>
        {is_coach.then(|| view! {
            <section aria-labelledby="employer-contacts-heading">
                <h2 id="employer-contacts-heading">{t("contact-title")}</h2>
                <p><a class="button" href=crate::employer_contacts::log_for_employer(employer.employer_id)>{t("employers-contacts-link")}</a></p>
            </section>
        })}
        <StaffSection employer_id=employer.employer_id staff=employer.staff/>
        <AddStaffForm employer_id=employer.employer_id/>
    }
}

#[component]
fn StaffSection(employer_id: i64, staff: Vec<StaffMember>) -> impl IntoView {
    let removed = FormState::take(REMOVE_FORM);
    let list = if staff.is_empty() {
        view! { <p>{t("employers-staff-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="staff-list">
                {staff.into_iter().map(|member| view! { <StaffItem employer_id member/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="employer-staff-heading">
            <h2 id="employer-staff-heading">{t("employers-staff-heading")}</h2>
            {done_notice(&removed, "employers-staff-removed")}
            <FormSummary state=removed/>
            <p>{t("employers-staff-intro")}</p>
            {list}
        </section>
    }
}

#[component]
fn StaffItem(employer_id: i64, member: StaffMember) -> impl IntoView {
    let name = || [("name", FluentValue::from(member.display_name.clone()))];
    view! {
        <li>
            <h3>{member.display_name.clone()}</h3>
            <p>
                {member.contact.clone()}
                {member.deactivated.then(|| view! { " · "<strong>{t("employers-staff-deactivated")}</strong> })}
            </p>
            <ConfirmedPost action=RemoveEmployerStaff::url() field="account" value=member.account_id.to_string()
                open=t_args("employers-staff-remove", &name())
                question=t_args("employers-staff-remove-question", &name())
                confirm=t_args("employers-staff-remove-confirm", &name())
                extra=("employer", employer_id.to_string())/>
        </li>
    }
}

#[component]
fn AddStaffForm(employer_id: i64) -> impl IntoView {
    let added = FormState::take(STAFF_FORM);
    // After a success the form starts empty for the next person.
    let state = if added.done() {
        FormState {
            form: STAFF_FORM,
            ..FormState::default()
        }
    } else {
        added.clone()
    };
    view! {
        <section aria-labelledby="employer-add-staff-heading">
            <h2 id="employer-add-staff-heading">{t("employers-add-staff-heading")}</h2>
            <AddedNotice state=added/>
            <p>{t("employers-add-staff-intro")}</p>
            <FormSummary state=state.clone()/>
            <PostForm action=AddEmployerStaff::url()>
                <input type="hidden" name="employer" value=employer_id.to_string()/>
                <TextField state=state.clone() name=FIELD_STAFF_NAME label=t("employers-staff-name-label")
                    autocomplete="off" required=true/>
                <TextField state name=FIELD_EMAIL kind="email" label=t("employers-staff-email-label")
                    autocomplete="off" required=true/>
                <button type="submit" class="button">{t("employers-add-staff-submit")}</button>
            </PostForm>
        </section>
    }
}

/// Who was just added; for a new account, its code, shown this once, with
/// what to tell its owner.
#[component]
fn AddedNotice(state: FormState) -> impl IntoView {
    if !state.done() {
        return None;
    }
    let name = FluentValue::from(state.value(FIELD_STAFF_NAME));
    let code = state.value(VALUE_CODE);
    let notice = if code.is_empty() {
        view! {
            <p class="notice" id=STAFF_FORM tabindex="-1">
                {t_args("employers-staff-added", &[("name", name)])}
            </p>
        }
        .into_any()
    } else {
        view! {
            <section class="notice" id=STAFF_FORM aria-labelledby="employer-code-heading" tabindex="-1">
                <h3 id="employer-code-heading">{t_args("employers-staff-created-heading", &[("name", name)])}</h3>
                <p class="code-display">{code}</p>
                <p>{t_args("employers-staff-created-instructions", &[
                    ("days", FluentValue::from(HANDED_CODE_DAYS)),
                    ("address", FluentValue::from(public_address("/password/new"))),
                ])}</p>
            </section>
        }
        .into_any()
    };
    Some(notice)
}
