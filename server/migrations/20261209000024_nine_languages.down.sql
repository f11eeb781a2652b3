-- Back to three languages: people keep the nearest one they can read
-- (Easy Finnish and Estonian readers Finnish, the others English), and
-- translations into the other six are dropped (the content loader puts them
-- back when the newer version runs again).
update account set locale = 'fi' where locale in ('fi-selko', 'et');
update account set locale = 'en' where locale in ('ru', 'ar', 'uk', 'so');
update page_feedback set locale = 'fi' where locale in ('fi-selko', 'et');
update page_feedback set locale = 'en' where locale in ('ru', 'ar', 'uk', 'so');
delete from module_locale where locale not in ('fi', 'sv', 'en');
delete from skill_framework_locale where locale not in ('fi', 'sv', 'en');
alter table account drop constraint account_locale_check,
    add constraint account_locale_check check (locale in ('fi', 'sv', 'en'));
alter table page_feedback drop constraint page_feedback_locale_check,
    add constraint page_feedback_locale_check check (locale in ('fi', 'sv', 'en'));
alter table module_locale drop constraint module_locale_locale_check,
    add constraint module_locale_locale_check check (locale in ('fi', 'sv', 'en'));
alter table skill_framework_locale drop constraint skill_framework_locale_locale_check,
    add constraint skill_framework_locale_locale_check check (locale in ('fi', 'sv', 'en'));
