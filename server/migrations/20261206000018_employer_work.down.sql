drop table follow_along;
drop function starts_work(outcome, text[]);
drop table employer_contact;
drop table employer_contact_consent;
