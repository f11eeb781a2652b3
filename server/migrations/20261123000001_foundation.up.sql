-- Shared by every table that has an updated_at column.
create function set_updated_at() returns trigger
language plpgsql as $$
begin
    new.updated_at = now();
    return new;
end;
$$;

comment on function set_updated_at() is
    'Trigger function: keeps updated_at current on every update.';

create table page_feedback (
    page_feedback_id bigint generated always as identity primary key,
    page text not null check (page like '/%' and length(page) <= 512),
    helpful boolean not null,
    comment text check (length(comment) between 1 and 1000),
    locale text not null check (locale in ('fi', 'sv', 'en')),
    created_at timestamptz not null default now()
);

comment on table page_feedback is
    'Anonymous answers to "was this page helpful?": no account, no IP address.';
comment on column page_feedback.page is 'Path of the page the answer is about.';
comment on column page_feedback.comment is
    'Optional free text; the form asks people not to write personal details here.';
comment on column page_feedback.locale is 'The language the page was shown in.';
