-- A writer's public profile beside the name readers see: a short bio in plain text and a picture from the blog's
-- own media. Lengths mirror Account.BIO_MAX_LENGTH and Account.AVATAR_PATH_MAX_LENGTH.
alter table account add column bio varchar(300);
alter table account add column avatar_path varchar(200);
