-- The event form's kept typing serves every long staff form (events, jobs):
-- one table, each row naming its form.
alter table event_form_draft rename to form_draft;
alter table form_draft rename column event_id to item_id;
alter table form_draft add column form text not null default 'event' check (form in ('event', 'job'));
alter table form_draft alter column form drop default;
alter table form_draft drop constraint event_form_draft_pkey;
alter table form_draft add primary key (account_id, form, item_id);
comment on table form_draft is 'A long staff form as typed when saving failed, shown again once; deleted with the account.';
comment on column form_draft.item_id is '0 for a new item, else the event or job being changed.';
