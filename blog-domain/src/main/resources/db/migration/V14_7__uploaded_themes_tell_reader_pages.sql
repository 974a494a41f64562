-- An uploaded theme stored again (or deleted) may be the one readers see: every node forgets its kept pages, as
-- for a change of the appearance.
create trigger uploaded_theme_reader_pages after insert or update or delete on uploaded_theme
    for each statement execute function notify_reader_pages();
