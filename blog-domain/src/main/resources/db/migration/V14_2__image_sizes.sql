-- The pixel size of each stored image, by its path below /media/ (2026/03/name.png), whichever storage keeps the
-- file: reader pages give every image its width and height so that the text does not jump while images load.
-- Measured when an image is stored; an image stored before this table was measured the first time a page shows it.
-- A file whose size could not be read keeps a row without one, so that it is not read again for every page.
create table media_image_size (
    path        varchar(300) primary key,
    width       integer,
    height      integer,
    measured_at timestamptz  not null,
    constraint media_image_size_both check ((width is null) = (height is null)),
    constraint media_image_size_positive check (width is null or (width > 0 and height > 0))
);
