drop table page_feedback;
drop function set_updated_at();
