-- A notice email's one-press stop address, sent as its List-Unsubscribe
-- header (RFC 8058), so the mail program's own "unsubscribe" button stops
-- Askel's email without the person opening anything. Blanked with the body
-- once sent: it holds the person's stop key.
alter table outbox add column unsubscribe_url text;
