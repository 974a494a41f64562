-- Endpoints the admin registered to be told of what happens on the blog. The secret signs every delivery
-- (HMAC-SHA256); it is kept as it is because signing needs it, and shown to the admin once.
create table webhook (
    id          bigserial     primary key,
    url         varchar(2000) not null,
    events      varchar(50)[] not null,
    secret      varchar(100)  not null,
    description varchar(200),
    active      boolean       not null default true,
    created_at  timestamptz   not null
);

-- One event for one endpoint, written in the transaction of what caused it, sent later by one node. A delivery
-- waits while next_attempt_at is set; it is delivered (delivered_at) or given up (given_up_at) after its last try.
create table webhook_delivery (
    id              bigserial    primary key,
    webhook_id      bigint       not null references webhook (id) on delete cascade,
    delivery_key    uuid         not null unique,
    event           varchar(50)  not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    next_attempt_at timestamptz,
    attempts        integer      not null default 0,
    delivered_at    timestamptz,
    given_up_at     timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where next_attempt_at is not null;
create index webhook_delivery_history_idx on webhook_delivery (webhook_id, id desc);

-- Every try of a delivery, for the admin's history: the receiver's status code, or why there was none.
create table webhook_attempt (
    id           bigserial     primary key,
    delivery_id  bigint        not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz   not null,
    status_code  integer,
    error        varchar(1000),
    duration_ms  integer       not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);

-- A reader may subscribe to one category as well as to the whole blog (category_id null); each subscription has
-- its own confirmation and its own unsubscribe link.
alter table subscriber add column category_id bigint references category (id) on delete cascade;
drop index subscriber_email_idx;
create unique index subscriber_email_scope_idx on subscriber (lower(email), coalesce(category_id, 0));
create index subscriber_category_idx on subscriber (category_id) where state = 'CONFIRMED';

-- When each writer last looked at the comments: what came after is unread for them.
create table comments_seen (
    account_id bigint      primary key references account (id) on delete cascade,
    seen_at    timestamptz not null
);

-- The author's mail notices as switched in the studio; without a row the settings (geul.notifications.*) decide.
create table author_notices (
    id               integer primary key check (id = 1),
    new_comments     boolean not null,
    pending_comments boolean not null
);
