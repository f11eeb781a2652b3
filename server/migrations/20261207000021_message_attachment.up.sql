-- A photo of a document or a PDF sent in a conversation. Kept in PostgreSQL,
-- beside the message it belongs to: one store to back up and restore, shared
-- by every server process without a shared disk, and removed in the same
-- transaction as the message or the account (no file left behind on a disk).
-- At most 10 MB each and a few a day, so the database grows by what people
-- really send. The hash (SHA-256) lets a download, an export and a restore be
-- checked against what was sent.
create table message_attachment (
    message_id bigint primary key references message (message_id) on delete cascade,
    -- The sender's own name for the file, cleaned; shown and offered on download.
    file_name text not null check (length(file_name) between 1 and 120),
    -- What the file's own bytes say it is, never what the browser claimed.
    content_type text not null
        check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    byte_size integer not null check (byte_size between 1 and 10485760),
    sha256 bytea not null check (length(sha256) = 32),
    data bytea not null check (length(data) = byte_size)
);
-- Photos and PDFs are compressed already: stored out of line, not compressed again.
alter table message_attachment alter column data set storage external;

-- A message may be only a file: its words are then optional.
alter table message drop constraint message_body_check;
alter table message add constraint message_body_check check (length(body) <= 4000);
