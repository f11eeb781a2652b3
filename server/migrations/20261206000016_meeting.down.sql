drop table meeting;
