-- A restore keeps the text it replaced, like a save does.
alter table post_revision drop constraint post_revision_reason_check;
alter table post_revision add constraint post_revision_reason_check
    check (reason in ('EDIT', 'AUTOSAVE', 'CONFLICT', 'RESTORE'));
