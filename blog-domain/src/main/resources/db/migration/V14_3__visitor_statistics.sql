-- Visitor statistics: counts per day only, never a request, an address or a browser. A visitor is told apart within
-- one day by a hash of their address and browser salted with the day's random salt (visitor_salt, as for 공감); the
-- day's hashes (visit_visitor) and salt are deleted once the day is over, the counts stay.
create table visit_day (
    day      date   primary key,
    views    bigint not null default 0,
    visitors bigint not null default 0
);

create table post_visit_day (
    day      date   not null,
    post_id  bigint not null references post (id) on delete cascade,
    views    bigint not null default 0,
    visitors bigint not null default 0,
    primary key (day, post_id)
);
create index post_visit_day_post_idx on post_visit_day (post_id);

-- where views came from: a group (NAVER, DAUM, GOOGLE, BING, KAKAO, SOCIAL, OTHER, DIRECT) and, outside the search
-- engines, the referring site's host name ('' where there is none)
create table referrer_day (
    day    date         not null,
    source varchar(16)  not null,
    host   varchar(255) not null default '',
    views  bigint       not null default 0,
    primary key (day, source, host)
);

-- the words a search engine's address carried
create table search_word_day (
    day    date         not null,
    source varchar(16)  not null,
    words  varchar(100) not null,
    views  bigint       not null default 0,
    primary key (day, source, words)
);

-- who was seen on the current day, on the whole blog (post_id 0) or on a post: forgotten once the day is over
create table visit_visitor (
    day          date   not null,
    post_id      bigint not null,
    visitor_hash bytea  not null,
    primary key (day, post_id, visitor_hash)
);
