-- 1,000,000 messages over the bench's 10,000 jobseekers (psql variable
-- `tag`, after caseload-data.sql): 100 per conversation, taking turns, a
-- message a day; all read but each person's last three, which wait for
-- their coach. Used by the messages part of the caseload benchmark.
insert into message (account_id, written_by, from_jobseeker, body, sent_key, created_at, read_at)
select p.account_id,
       case when i % 2 = 0 then p.account_id else p.coach_id end,
       i % 2 = 0 or i > 97,
       'Viesti numero ' || i || ': kiitos, nähdään maanantaina kello kymmenen.',
       gen_random_uuid(),
       now() - make_interval(days => 100 - i),
       case when i <= 97 then now() - make_interval(days => 100 - i, hours => -1) end
from account p cross join generate_series(1, 100) i
where p.email like 'bench-person-%-' || :'tag' || '@example.fi';
analyze message;
