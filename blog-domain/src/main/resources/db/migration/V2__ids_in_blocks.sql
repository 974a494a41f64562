-- Posts and comments take their ids from sequences 50 at a time (Hibernate's pooled optimizer), so that the posts
-- and comments of one flush, e.g. a batch of an import, are inserted in one JDBC batch instead of one by one.
-- Hibernate hands out the 50 ids up to each value it draws, so each sequence starts 50 past the highest id.
-- A row inserted without an id takes the next value as well, which no block handed out can hold.
alter table post alter column id drop identity;
create sequence post_id_seq increment by 50 owned by post.id;
select setval('post_id_seq', coalesce((select max(id) from post), 0) + 50, false);
alter table post alter column id set default nextval('post_id_seq');

alter table comment alter column id drop identity;
create sequence comment_id_seq increment by 50 owned by comment.id;
select setval('comment_id_seq', coalesce((select max(id) from comment), 0) + 50, false);
alter table comment alter column id set default nextval('comment_id_seq');
