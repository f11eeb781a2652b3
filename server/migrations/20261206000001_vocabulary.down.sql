drop table vocabulary_language;
drop table vocabulary_certificate;
drop table vocabulary_occupation;
drop table vocabulary_skill;
drop table vocabulary_version;
