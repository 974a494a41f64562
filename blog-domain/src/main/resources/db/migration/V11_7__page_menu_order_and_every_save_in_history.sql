-- Pages are listed in the blog's navigation in an order their writer sets (then by title).
alter table post add column menu_order integer not null default 0;

-- Every save leaves an entry in a post's history, with what kind of save it was.
alter table post_revision drop constraint post_revision_reason_check;
alter table post_revision add constraint post_revision_reason_check
    check (reason in ('EDIT', 'AUTOSAVE', 'CONFLICT', 'RESTORE', 'DRAFT', 'UPDATE', 'PUBLISH', 'SCHEDULE', 'REVERT'));
