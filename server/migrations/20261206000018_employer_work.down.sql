drop table follow_along;
drop table employer_contact;
drop table employer_contact_consent;
