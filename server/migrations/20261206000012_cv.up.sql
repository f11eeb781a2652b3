-- What a jobseeker wrote and chose for the CV Askel makes from their
-- profile. Everything else on the CV is read from the profile when shown,
-- so the CV is never out of date.
create table cv (
    account_id bigint primary key references account (account_id) on delete cascade,
    locale text not null check (locale in ('fi', 'sv', 'en')),
    headline text check (char_length(headline) between 1 and 120),
    about text check (char_length(about) between 1 and 800),
    town text check (char_length(town) between 1 and 100),
    show_email boolean not null default true,
    show_phone boolean not null default true,
    updated_at timestamptz not null default now()
);
comment on table cv is
    'The words and choices of a jobseeker''s CV; the rest comes from the skills profile. Personal data.';
