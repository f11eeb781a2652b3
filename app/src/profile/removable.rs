//! What the languages and certificates sections of `/skills` share: a list
//! of items, each taken off the profile only after the person confirms it.

use std::future::Future;

use leptos::prelude::*;

use crate::{
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{ConfirmedPost, FormState, FormSummary, done_notice, loaded_section},
};

/// One item: its id (posted to take it off), its name, and a detail line.
#[derive(Clone, Debug)]
pub struct Removable {
    pub id: String,
    pub title: String,
    pub detail: String,
}

/// A section of `/skills` that lists vocabulary items the person holds.
pub struct ListSection {
    /// The section heading's id, where the pages lead back to.
    pub anchor: &'static str,
    pub title_key: &'static str,
    pub intro_key: &'static str,
    pub empty_key: &'static str,
    pub add_key: &'static str,
    pub add_href: &'static str,
    /// The add page's form and the note after it saves.
    pub set_form: &'static str,
    pub saved_key: &'static str,
    /// The remove form, the field it posts, and the note after it.
    pub remove_form: &'static str,
    pub remove_action: fn() -> &'static str,
    pub field: &'static str,
    pub removed_key: &'static str,
}

/// The section `list` describes, with the items `load` finds.
pub fn list_section<Fut>(list: &'static ListSection, load: fn() -> Fut) -> impl IntoView
where
    Fut: Future<Output = Result<Vec<Removable>, AppError>> + Send + 'static,
{
    let saved = FormState::take(list.set_form);
    let removed = FormState::take(list.remove_form);
    view! {
        <section aria-labelledby=list.anchor>
            <h2 id=list.anchor tabindex="-1">{t(list.title_key)}</h2>
            {done_notice(&saved, list.saved_key)}
            {done_notice(&removed, list.removed_key)}
            <FormSummary state=removed/>
            <p>{t(list.intro_key)}</p>
            {loaded_section(load, move |items| items_view(list, items))}
            <p><a class="button" href=list.add_href>{t(list.add_key)}</a></p>
        </section>
    }
}

fn items_view(list: &'static ListSection, items: Vec<Removable>) -> AnyView {
    if items.is_empty() {
        return view! { <p>{t(list.empty_key)}</p> }.into_any();
    }
    view! {
        <ul class="experience-list">
            {items.into_iter().map(|item| {
                let item_arg = || [("item", FluentValue::from(item.title.clone()))];
                view! {
                    <li>
                        <p><strong>{item.title.clone()}</strong></p>
                        <p>{item.detail}</p>
                        <ConfirmedPost action=(list.remove_action)() field=list.field value=item.id
                            open=t_args("profile-remove", &item_arg())
                            question=t_args("profile-remove-question", &item_arg())
                            confirm=t_args("profile-remove-confirm", &item_arg())/>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
