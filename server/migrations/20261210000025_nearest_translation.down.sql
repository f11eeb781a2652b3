drop function framework_content(text, text[]);
drop function module_content(text, text[]);
