-- Readers who subscribed by e-mail. Double opt-in: a subscriber is mailed posts only once confirmed through the
-- link of the confirmation mail; the same random token keys the one-click unsubscribe link.
create table subscriber (
    id              bigserial    primary key,
    email           varchar(320) not null,
    state           varchar(20)  not null,
    token           varchar(64)  not null unique,
    created_at      timestamptz  not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz
);
create unique index subscriber_email_idx on subscriber (lower(email));

-- A post is mailed to subscribers once, whatever node sees it go live and however often it is republished.
create table post_mailing (
    post_id   bigint      primary key references post (id) on delete cascade,
    queued_at timestamptz not null
);
