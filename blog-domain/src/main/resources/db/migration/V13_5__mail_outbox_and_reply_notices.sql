-- Mail waits here, written in the same transaction as what caused it, until one node sends it. A mail that could
-- not be sent is tried again later (next_attempt_at), its last error kept for the admin.
create table mail_outbox (
    id              bigserial     primary key,
    recipient       varchar(320)  not null,
    subject         varchar(500)  not null,
    text_body       text          not null,
    html_body       text          not null,
    unsubscribe_url varchar(1000),
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    attempts        integer       not null default 0,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null;

-- A guest who left an address may ask to be told of replies; the token is the one-click unsubscribe link's key.
alter table comment add column notify_replies boolean not null default false;
alter table comment add column reply_notice_token varchar(64);
-- set on a reply once the comment it answers was told of it, so that approving it again tells nobody twice
alter table comment add column reply_notice_sent boolean not null default false;
create unique index comment_reply_notice_token_idx on comment (reply_notice_token);
