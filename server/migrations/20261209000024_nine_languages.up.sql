-- Askel's interface speaks nine languages (app::i18n::Locale): a person's
-- language, the page a piece of feedback was given on, and the content
-- translated beyond the three written languages (modules, self-assessments).
-- What people write themselves (events, jobs, CVs) stays in Finnish, Swedish
-- or English, so those tables keep their three.
alter table account drop constraint account_locale_check,
    add constraint account_locale_check
        check (locale in ('fi', 'fi-selko', 'sv', 'en', 'ru', 'et', 'ar', 'uk', 'so'));
alter table page_feedback drop constraint page_feedback_locale_check,
    add constraint page_feedback_locale_check
        check (locale in ('fi', 'fi-selko', 'sv', 'en', 'ru', 'et', 'ar', 'uk', 'so'));
alter table module_locale drop constraint module_locale_locale_check,
    add constraint module_locale_locale_check
        check (locale in ('fi', 'fi-selko', 'sv', 'en', 'ru', 'et', 'ar', 'uk', 'so'));
alter table skill_framework_locale drop constraint skill_framework_locale_locale_check,
    add constraint skill_framework_locale_locale_check
        check (locale in ('fi', 'fi-selko', 'sv', 'en', 'ru', 'et', 'ar', 'uk', 'so'));
