-- What the two content functions are for, where someone reading the schema
-- (psql's \df+) will see it.
comment on function module_content(text, text[]) is
    'A module''s content in the nearest language of a reader''s chain (app::i18n::Locale::chain_codes: the locale, then its fallbacks); null when none of the chain has it.';
comment on function framework_content(text, text[]) is
    'A self-assessment framework''s content in the nearest language of a reader''s chain (app::i18n::Locale::chain_codes); null when none of the chain has it.';
