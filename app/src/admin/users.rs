use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::{
    accounts::{HANDED_CODE_DAYS, Protected, Role, current_user, public_address},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{Choice, FormState, FormSummary, PostForm, RadioField, TextField},
};

const CREATE_FORM: &str = "create-account";
const ROLE_FORM: &str = "change-role";
const TEAM_FORM: &str = "set-team";
const ACTIVE_FORM: &str = "set-active";
const FIELD_TEAM: &str = "team";
pub(super) const FIELD_ROLE: &str = "role";
pub(super) const FIELD_NAME: &str = "display_name";
pub(super) const FIELD_CONTACT: &str = "contact";
const VALUE_CODE: &str = "code";
/// Where both forms return to.
#[cfg(feature = "ssr")]
const PAGE: &str = "/admin/users";
/// The roles an admin gives; jobseekers join with a coach's code instead.
pub(super) const STAFF_ROLES: [Role; 3] = [Role::Coach, Role::Organiser, Role::Admin];

/// One staff account in the admin's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub account_id: i64,
    pub display_name: String,
    pub role: Role,
    /// Email, or phone when there is no email.
    pub contact: String,
    /// A coach's team.
    pub team: Option<String>,
    /// Deactivated by an admin: cannot sign in.
    pub deactivated: bool,
    /// How many jobseekers are on a coach's caseload.
    pub caseload: i64,
}

/// A staff account just created, and the code its owner sets a password with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewStaff {
    pub display_name: String,
    pub code: String,
}

/// An admin creates a coach, organiser or admin account. The answer carries a
/// one-time code (shown once) for the new person to set their password with.
#[server(prefix = "/api", endpoint = "create-account")]
pub async fn create_staff_account(
    role: Option<String>,
    display_name: Option<String>,
    contact: Option<String>,
) -> Result<NewStaff, AppError> {
    use crate::forms::FormOutcome;

    let [role, display_name, contact] =
        [role, display_name, contact].map(Option::unwrap_or_default);
    let result = super::server::create_staff(&role, &display_name, &contact).await;
    let flash = match &result {
        Ok(created) => FormOutcome {
            form: CREATE_FORM.to_owned(),
            values: vec![
                (FIELD_NAME.to_owned(), created.display_name.clone()),
                (VALUE_CODE.to_owned(), created.code.clone()),
            ],
            done: true,
            ..FormOutcome::default()
        },
        Err(_) => {
            let typed = [
                (FIELD_ROLE, role),
                (FIELD_NAME, display_name),
                (FIELD_CONTACT, contact),
            ]
            .map(|(name, value)| (name.to_owned(), value))
            .to_vec();
            FormOutcome::from_result(CREATE_FORM, typed, &result)
        }
    };
    crate::forms::answer_form_post_with(flash, result.as_ref().err(), PAGE, PAGE);
    result
}

/// An admin gives another staff account a new role.
#[server(prefix = "/api", endpoint = "change-role")]
pub async fn change_role(account: Option<i64>, role: Option<String>) -> Result<(), AppError> {
    let result = super::server::change_role(account, &role.unwrap_or_default()).await;
    crate::forms::answer_form_post(ROLE_FORM, Vec::new(), &result, PAGE);
    result
}

/// An admin puts a coach in a team (blank: in none), for the impact report.
#[server(prefix = "/api", endpoint = "set-team")]
pub async fn set_team(account: Option<i64>, team: Option<String>) -> Result<(), AppError> {
    let result = super::server::set_team(account, &team.unwrap_or_default()).await;
    crate::forms::answer_form_post(TEAM_FORM, Vec::new(), &result, PAGE);
    result
}

/// An admin deactivates a staff account (`active=no`: someone who left), or
/// makes it active again (`active=yes`).
#[server(prefix = "/api", endpoint = "set-active")]
pub async fn set_active(account: Option<i64>, active: Option<String>) -> Result<(), AppError> {
    let active = match active.as_deref() {
        Some("yes") => Ok(true),
        Some("no") => Ok(false),
        _ => Err(AppError::BadRequest),
    };
    let result = match active {
        Ok(active) => super::server::set_active(account, active).await,
        Err(error) => Err(error),
    };
    crate::forms::answer_form_post(ACTIVE_FORM, Vec::new(), &result, PAGE);
    result
}

/// The staff accounts, loaded on the server for the page.
async fn load_staff() -> Result<Vec<StaffMember>, AppError> {
    #[cfg(feature = "ssr")]
    {
        super::server::staff().await
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

/// Where admins create staff accounts and change their roles.
#[component]
pub fn UsersPage() -> impl IntoView {
    view! {
        <Protected roles=&[Role::Admin]>
            <UsersContent/>
        </Protected>
    }
}

#[component]
fn UsersContent() -> impl IntoView {
    let created = FormState::take(CREATE_FORM);
    let role_changed = FormState::take(ROLE_FORM);
    let team_set = FormState::take(TEAM_FORM);
    let active_set = FormState::take(ACTIVE_FORM);
    view! {
        <Title text=t("admin-users-title")/>
        <h1>{t("admin-users-title")}</h1>
        <CreatedNotice state=created.clone()/>
        // After a success the form starts empty for the next person.
        <CreateAccountForm state=if created.done() { FormState { form: CREATE_FORM, ..FormState::default() } } else { created }/>
        <section aria-labelledby="staff-heading">
            <h2 id="staff-heading">{t("admin-staff-heading")}</h2>
            {role_changed.done().then(|| view! {
                <p class="notice" role="status" id=ROLE_FORM tabindex="-1">{t("admin-role-changed")}</p>
            })}
            <FormSummary state=role_changed/>
            {team_set.done().then(|| view! {
                <p class="notice" role="status" id=TEAM_FORM tabindex="-1">{t("admin-team-saved")}</p>
            })}
            <FormSummary state=team_set/>
            {active_set.done().then(|| view! {
                <p class="notice" role="status" id=ACTIVE_FORM tabindex="-1">{t("admin-active-saved")}</p>
            })}
            <FormSummary state=active_set/>
            <Suspense>
                {move || Suspend::new(async move {
                    match load_staff().await {
                        Ok(staff) => view! { <StaffList staff/> }.into_any(),
                        Err(error) => view! { <p>{t(error.message_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The new account's code, shown once, with what to tell its owner.
#[component]
fn CreatedNotice(state: FormState) -> impl IntoView {
    let code = state.value(VALUE_CODE);
    (state.done() && !code.is_empty()).then(|| {
        let name = state.value(FIELD_NAME);
        view! {
            <section class="notice" id=CREATE_FORM aria-labelledby="created-heading" tabindex="-1">
                <h2 id="created-heading">{t_args("admin-created-heading", &[("name", FluentValue::from(name))])}</h2>
                <p class="code-display">{code}</p>
                <p>{t_args("admin-created-instructions", &[
                    ("days", FluentValue::from(HANDED_CODE_DAYS)),
                    ("address", FluentValue::from(public_address("/password/new"))),
                ])}</p>
            </section>
        }
    })
}

fn role_choices() -> Vec<Choice> {
    STAFF_ROLES
        .map(|role| Choice::new(role.as_str(), t(role.message_id())))
        .to_vec()
}

#[component]
fn CreateAccountForm(state: FormState) -> impl IntoView {
    view! {
        <section aria-labelledby="create-heading">
            <h2 id="create-heading">{t("admin-create-heading")}</h2>
            <p>{t("admin-create-intro")}</p>
            <FormSummary state=state.clone()/>
            <PostForm action=CreateStaffAccount::url()>
                <RadioField state=state.clone() name=FIELD_ROLE legend=t("admin-role-legend")
                    options=role_choices()/>
                <TextField state=state.clone() name=FIELD_NAME label=t("admin-name-label")
                    autocomplete="off" required=true/>
                <TextField state name=FIELD_CONTACT label=t("join-contact-label")
                    hint=t("admin-contact-hint") autocomplete="off" required=true/>
                <button type="submit" class="button">{t("admin-create-submit")}</button>
            </PostForm>
        </section>
    }
}

#[component]
fn StaffList(staff: Vec<StaffMember>) -> impl IntoView {
    let me = current_user().map(|user| user.account_id);
    let rows = staff
        .into_iter()
        .map(|member| {
            let is_me = Some(member.account_id) == me;
            view! {
                <li>
                    <h3>{member.display_name.clone()}</h3>
                    <p>
                        {t(member.role.message_id())}" · "{member.contact.clone()}
                        {member.deactivated.then(|| view! { " · "<strong>{t("admin-deactivated")}</strong> })}
                    </p>
                    {(member.role == Role::Coach).then(|| view! {
                        <p>{t_args("admin-caseload", &[("count", FluentValue::from(member.caseload))])}</p>
                    })}
                    {(member.role == Role::Coach && !member.deactivated).then(|| view! { <TeamForm member=member.clone()/> })}
                    {if is_me {
                        view! { <p class="hint">{t("admin-own-role")}</p> }.into_any()
                    } else if member.deactivated {
                        view! { <ActiveForm member/> }.into_any()
                    } else {
                        view! { <RoleForm member=member.clone()/><ActiveForm member/> }.into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="staff-list">{rows}</ul> }
}

/// One person's role picker: a form of its own, so it works without JavaScript.
#[component]
fn RoleForm(member: StaffMember) -> impl IntoView {
    let id = format!("role-{}", member.account_id);
    let options = STAFF_ROLES
        .map(|role| {
            let selected = role == member.role;
            view! { <option value=role.as_str() selected=selected>{t(role.message_id())}</option> }
        })
        .to_vec();
    view! {
        <form method="post" action=ChangeRole::url() class="inline-form">
            <input type="hidden" name="account" value=member.account_id/>
            <label for=id.clone()>{t_args("admin-role-label", &[("name", FluentValue::from(member.display_name))])}</label>
            <select id=id name=FIELD_ROLE>{options}</select>
            <button type="submit" class="button button--secondary">{t("admin-role-submit")}</button>
        </form>
    }
}

/// A coach's team: a form of its own, so it works without JavaScript.
#[component]
fn TeamForm(member: StaffMember) -> impl IntoView {
    let id = format!("team-{}", member.account_id);
    view! {
        <form method="post" action=SetTeam::url() class="inline-form">
            <input type="hidden" name="account" value=member.account_id/>
            <label for=id.clone()>{t_args("admin-team-label", &[("name", FluentValue::from(member.display_name))])}</label>
            <input type="text" id=id name=FIELD_TEAM value=member.team.unwrap_or_default() autocomplete="off" maxlength="100"/>
            <button type="submit" class="button button--secondary">{t("admin-team-submit")}</button>
        </form>
    }
}

/// Deactivates an active staff account or reactivates a deactivated one: a
/// form of its own, so it works without JavaScript.
#[component]
fn ActiveForm(member: StaffMember) -> impl IntoView {
    let (active, label) = if member.deactivated {
        ("yes", "admin-reactivate-submit")
    } else {
        ("no", "admin-deactivate-submit")
    };
    let name = FluentValue::from(member.display_name);
    view! {
        <form method="post" action=SetActive::url() class="inline-form">
            <input type="hidden" name="account" value=member.account_id/>
            <input type="hidden" name="active" value=active/>
            {(!member.deactivated).then(|| view! { <p class="hint">{t("admin-deactivate-hint")}</p> })}
            <button type="submit" class="button button--secondary">{t_args(label, &[("name", name)])}</button>
        </form>
    }
}
