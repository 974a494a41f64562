-- Limits that must hold across several geul nodes (GEUL_COORDINATION=outbox-polling); unused with one node, which
-- keeps them in memory.

-- Comment rate limits: Bucket4j's token buckets, one row per client address or post.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

-- Failed sign-ins, by username and by client address, for lock-outs.
create table login_failure (
    key       varchar(300) not null,
    failed_at timestamptz  not null
);
create index login_failure_key_idx on login_failure (key, failed_at);
