-- 공감: one per post, reader and day. A reader is known only by a hash of their address and browser salted with
-- the day's random salt; the salt and the hashes are deleted once the day is over, the counts stay.
create table visitor_salt (
    day  date  primary key,
    salt bytea not null
);

create table post_like (
    post_id      bigint      not null references post (id) on delete cascade,
    visitor_hash varchar(64) not null,
    day          date        not null,
    primary key (post_id, visitor_hash, day)
);
create index post_like_day_idx on post_like (day);

create table post_like_count (
    post_id bigint primary key references post (id) on delete cascade,
    likes   bigint not null default 0
);
