comment on function framework_content(text, text[]) is null;
comment on function module_content(text, text[]) is null;
