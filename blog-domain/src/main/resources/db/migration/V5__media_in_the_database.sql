-- Media files, when the blog keeps them in the database (BLOG_MEDIA_STORAGE=database) so that every node of a blog
-- serves them; by default they live in the data folder and this table stays empty.
create table media_file (
    path       varchar(300) primary key,
    content    bytea        not null,
    size       bigint       not null,
    created_at timestamptz  not null
);
