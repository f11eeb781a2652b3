drop table cv;
