-- A job its employer's staff closed stays closed when the feed it came from
-- lists it again: the employer's word is the last.
alter table job add column closed_by_staff boolean not null default false;
comment on column job.closed_by_staff is 'Closed by the employer''s staff, not by the feed; a feed import does not reopen it.';
