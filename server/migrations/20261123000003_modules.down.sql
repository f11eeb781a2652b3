drop table module_assignment;
drop table answer_receipt;
drop table module_answer;
drop table module_locale;
drop table module_step;
drop table module;
