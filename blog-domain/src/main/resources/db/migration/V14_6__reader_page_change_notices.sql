-- Every node of a blog keeps rendered reader pages for a moment. A change readers would see tells every node at
-- once through PostgreSQL's NOTIFY, which is delivered only when the change's transaction commits (and once per
-- transaction, however many rows it touched).
create function notify_reader_pages() returns trigger language plpgsql as $$
begin
    perform pg_notify('geul_reader_pages', '');
    return null;
end
$$;

-- a draft shows nowhere, so its saves and autosaves leave the pages as they are: only a post that is, or was,
-- published or scheduled tells
create function notify_reader_pages_for_post() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'DRAFT' then
        perform pg_notify('geul_reader_pages', '');
    elsif tg_op in ('INSERT', 'UPDATE') and new.status <> 'DRAFT' then
        perform pg_notify('geul_reader_pages', '');
    end if;
    return null;
end
$$;

create trigger post_reader_pages after insert or update or delete on post
    for each row execute function notify_reader_pages_for_post();
create trigger comment_reader_pages after insert or update or delete on comment
    for each statement execute function notify_reader_pages();
create trigger blog_appearance_reader_pages after insert or update or delete on blog_appearance
    for each statement execute function notify_reader_pages();
create trigger category_reader_pages after insert or update or delete on category
    for each statement execute function notify_reader_pages();
create trigger tag_reader_pages after insert or update or delete on tag
    for each statement execute function notify_reader_pages();
create trigger post_tag_reader_pages after insert or update or delete on post_tag
    for each statement execute function notify_reader_pages();
create trigger post_category_reader_pages after insert or update or delete on post_category
    for each statement execute function notify_reader_pages();
