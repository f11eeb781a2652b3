drop table digest_item;
alter table account drop column digest_sent_on;
alter table account drop column notify_digest;
alter table account drop column unsubscribe_key;
drop table former_conversation;
drop index account_away_idx;
alter table account drop constraint account_away_coaches_only;
alter table account drop column away_until;
