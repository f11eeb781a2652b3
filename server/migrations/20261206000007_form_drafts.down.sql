delete from form_draft where form <> 'event';
alter table form_draft drop constraint form_draft_pkey;
alter table form_draft drop column form;
alter table form_draft rename column item_id to event_id;
alter table form_draft rename to event_form_draft;
alter table event_form_draft add primary key (account_id, event_id);
comment on table event_form_draft is 'The event form as typed when saving failed, shown again once; deleted with the account.';
