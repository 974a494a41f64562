package dev.geul.base;

/** The id of a row that came from an archive, with the archive's key for it: how an import finds what it added. */
public record ImportedId(String importKey, long id) {
}
