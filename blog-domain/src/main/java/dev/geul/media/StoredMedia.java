package dev.geul.media;

/** Where an imported file is served, and whether this import stored it (false: it was here already). */
public record StoredMedia(String path, boolean created) {
}
