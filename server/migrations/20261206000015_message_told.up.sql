-- Whom a message's email went to. "One email until you have read" is kept
-- per person told: a new coach is emailed about a message waiting for them
-- although the former coach was told of older ones they never read.
alter table message add column told_to bigint references account (account_id) on delete set null;
comment on column message.told_to is
    'The account emailed that this message waits; later unread messages to them send no email.';
