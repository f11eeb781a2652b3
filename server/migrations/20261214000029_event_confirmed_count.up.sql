-- Confirmed sign-ups per event and per slot, kept on write, so that the
-- events list reads each event's free seats from its own row instead of
-- counting its sign-ups at every read (scripts/bench-national.sh).

alter table event add column confirmed_count integer not null default 0;
alter table event_slot add column confirmed_count integer not null default 0;
comment on column event.confirmed_count is
    'Confirmed sign-ups, kept by the triggers on event_signup.';
comment on column event_slot.confirmed_count is
    'Confirmed sign-ups for this slot, kept by the triggers on event_signup.';

-- Counts every event's and slot's confirmed sign-ups afresh: here, and after a
-- bulk load that ran without triggers (the benchmarks' seeds).
create function recount_event_confirmed() returns void
language sql as $$
    update event e set confirmed_count = coalesce(
        (select count(*) from event_signup s where s.event_id = e.event_id and s.status = 'confirmed'), 0);
    update event_slot sl set confirmed_count = coalesce(
        (select count(*) from event_signup s where s.slot_id = sl.slot_id and s.status = 'confirmed'), 0);
$$;
select recount_event_confirmed();

-- Moves a sign-up's place in the counts when it is confirmed, cancelled,
-- moved to another slot or removed. A row trigger: a booking locks its event
-- row first anyway (events::booking), so counting there costs no new wait,
-- and a column list keeps check-ins and reminders out of it.
create function event_confirmed_count_follow() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.status = 'confirmed' then
        update event set confirmed_count = confirmed_count - 1 where event_id = old.event_id;
        update event_slot set confirmed_count = confirmed_count - 1 where slot_id = old.slot_id;
    end if;
    if tg_op <> 'DELETE' and new.status = 'confirmed' then
        update event set confirmed_count = confirmed_count + 1 where event_id = new.event_id;
        update event_slot set confirmed_count = confirmed_count + 1 where slot_id = new.slot_id;
    end if;
    return null;
end $$;

create trigger event_signup_confirmed_count
    after insert or delete or update of status, event_id, slot_id on event_signup
    for each row execute function event_confirmed_count_follow();
