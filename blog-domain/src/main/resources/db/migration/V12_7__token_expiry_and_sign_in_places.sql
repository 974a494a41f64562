-- A personal API token may end on a date, and only a token made for it may make further tokens.
alter table api_token add column expires_at timestamptz;
alter table api_token add column can_make_tokens boolean not null default false;

-- Where each account last signed in successfully (several nodes share it; one node keeps it in memory): a
-- stranger's failed guesses never lock the owner out of a place the owner signed in from before.
create table login_success (
    account_key  varchar(300) not null,
    address      varchar(100) not null,
    signed_in_at timestamptz  not null,
    primary key (account_key, address)
);
create index login_success_time_idx on login_success (signed_in_at);
