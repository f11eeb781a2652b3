-- A module's or a self-assessment's content in the nearest language of a
-- reader's chain (app::i18n::Locale::chain_codes: the locale, then its
-- fallbacks), so every query that names a module or an assessment falls back
-- the same way as the pages that show them. Null when none of the chain has it.
create function module_content(module text, chain text[]) returns jsonb
language sql stable strict parallel safe as $$
    select content from module_locale
    where module_id = module and locale = any(chain)
    order by array_position(chain, locale)
    limit 1
$$;

create function framework_content(framework text, chain text[]) returns jsonb
language sql stable strict parallel safe as $$
    select content from skill_framework_locale
    where framework_id = framework and locale = any(chain)
    order by array_position(chain, locale)
    limit 1
$$;
