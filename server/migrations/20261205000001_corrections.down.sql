drop table outcome_version;
alter table outcome drop column corrected_at, drop column withdrawn_at, drop column withdrawn_by;
drop table coach_note_version;
alter table coach_note drop column corrected_at, drop column withdrawn_at, drop column withdrawn_by;
