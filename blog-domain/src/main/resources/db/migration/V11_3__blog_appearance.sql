-- How the blog looks to readers: one row, chosen by an admin. Without it readers get the classic theme with the
-- title and description from the configuration.
create table blog_appearance (
    id                smallint     primary key check (id = 1),
    theme             varchar(20)  not null default 'CLASSIC',
    title             varchar(100),
    description       varchar(300),
    accent_color      varchar(7),
    color_scheme      varchar(10)  not null default 'AUTO',
    custom_css        text,
    profile_image_url varchar(500),
    bio               varchar(1000),
    updated_at        timestamp with time zone not null default now(),
    version           bigint       not null default 0
);
