-- Themes an admin uploads as a zip: templates, a stylesheet and small images and fonts, kept in the database so
-- every node of a blog serves the same ones. A theme's revision grows with every upload under its name, so a node
-- knows when to read it again and its files' addresses change with it.
create sequence uploaded_theme_revision;

create table uploaded_theme (
    id          bigserial    primary key,
    name        varchar(40)  not null unique,
    revision    bigint       not null,
    total_bytes bigint       not null,
    uploaded_at timestamptz  not null,
    uploaded_by varchar(100)
);

create table uploaded_theme_file (
    id           bigserial    primary key,
    theme_id     bigint       not null references uploaded_theme (id) on delete cascade,
    path         varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    unique (theme_id, path)
);

-- The uploaded theme readers see, when the admin chose one instead of a built-in theme. The reference keeps a theme
-- in use from being deleted.
alter table blog_appearance add column uploaded_theme varchar(40) references uploaded_theme (name);
