-- A post may have had several addresses on the blog it came from (Tistory answers /123 and /entry/title alike);
-- each of them is redirected to the post.
create table post_legacy_path (
    post_id bigint        not null references post (id) on delete cascade,
    path    varchar(1000) not null,
    primary key (post_id, path)
);
create index post_legacy_path_path_idx on post_legacy_path (path);
insert into post_legacy_path (post_id, path) select id, legacy_path from post where legacy_path is not null;
drop index post_legacy_path_idx;
alter table post drop column legacy_path;

-- What a guest left with a comment besides a name, on the blog the comment came from. Never shown to readers;
-- kept so that an export gives it back.
alter table comment add column author_email varchar(200);
alter table comment add column author_url   varchar(500);
