-- Attempt limits shared by every server process (accounts::rate_limit).
-- Unlogged: after a crash the limits start afresh, which is safe, and writing
-- them costs no WAL on every sign-in.
create unlogged table rate_limit (
    limit_name text not null,
    key bytea not null check (length(key) = 32),
    whole_at timestamptz not null,
    primary key (limit_name, key)
);

create index rate_limit_whole_at_idx on rate_limit (whole_at);
comment on table rate_limit is 'One row per limited key while its allowance is not whole: key is HMAC-SHA-256 of the network, account or contact under a server secret, so no address or contact is stored. Rows are pruned once whole_at has passed.';
comment on column rate_limit.whole_at is 'When the key''s allowance is whole again (GCRA''s theoretical arrival time).';
