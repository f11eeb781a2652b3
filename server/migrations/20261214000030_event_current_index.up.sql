-- The events not yet over, by their end: the events list starts its walk of
-- the start-time index at the earliest start among them, instead of from the
-- service's first event (the planner cannot know that the events not yet over
-- are the latest ones, so it read every past event to skip it: 1.5 ms at 5,000
-- events, and growing with the service's history).
create index event_published_ends_at_idx on event (ends_at) include (starts_at)
    where status = 'published';
