alter table message drop column told_to;
