delete from form_draft where form = 'message';
comment on table form_draft is 'A long staff form as typed when saving failed, shown again once; deleted with the account.';
alter table form_draft drop constraint form_draft_form_check;
alter table form_draft add constraint form_draft_form_check check (form in ('event', 'job'));
comment on column form_draft.item_id is '0 for a new item, else the event or job being changed.';
drop table message;
