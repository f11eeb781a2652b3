drop table profile_share;
