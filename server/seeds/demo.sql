-- Demo data for `make run`. Idempotent: running it again adds nothing.
insert into page_feedback (page, helpful, comment, locale)
select '/', true, 'Selkeä etusivu.', 'fi'
where not exists (select 1 from page_feedback);
