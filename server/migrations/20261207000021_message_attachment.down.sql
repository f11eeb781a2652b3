delete from message where body = '';
alter table message drop constraint message_body_check;
alter table message add constraint message_body_check check (length(body) between 1 and 4000);
drop table message_attachment;
