-- Media in the database are served a slice at a time (substring of the content). Stored uncompressed, a slice is
-- read from its own pages instead of decompressing the file from its start; images, PDFs and zips barely compress
-- anyway. Files stored before keep their form and stay readable.
alter table media_file alter column content set storage external;
