-- A post may sit in more categories than its main one (WordPress lets a post be in many); the main one stays in
-- post.category_id, the others are listed here.
create table post_category (
    post_id     bigint not null references post (id) on delete cascade,
    category_id bigint not null references category (id) on delete cascade,
    primary key (post_id, category_id)
);
create index post_category_category_idx on post_category (category_id);
