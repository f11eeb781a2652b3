drop table event_form_draft;
