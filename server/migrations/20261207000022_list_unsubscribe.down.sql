alter table outbox drop column unsubscribe_url;
