//! A list of profile items, each with a button that posts its id to take it
//! off the profile: the languages and certificates sections of `/skills`.

use leptos::prelude::*;

use crate::{i18n::t, ui::PostForm};

/// One item: its id (posted as `field`), what it is, a detail line, and the
/// button's text, which names the item so every button's name is its own.
#[derive(Clone, Debug)]
pub struct Removable {
    pub id: String,
    pub title: String,
    pub detail: String,
    pub remove: String,
}

#[component]
pub fn RemovableList(
    items: Vec<Removable>,
    action: &'static str,
    field: &'static str,
    empty_key: &'static str,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{t(empty_key)}</p> }.into_any();
    }
    view! {
        <ul class="experience-list">
            {items.into_iter().map(|item| view! {
                <li>
                    <p><strong>{item.title}</strong></p>
                    <p>{item.detail}</p>
                    <PostForm action>
                        <input type="hidden" name=field value=item.id/>
                        <button type="submit" class="button button--secondary">{item.remove}</button>
                    </PostForm>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
