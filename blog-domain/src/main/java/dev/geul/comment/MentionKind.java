package dev.geul.comment;

/** How another site told a post it links to it: WordPress's pingback, or the older trackback. */
public enum MentionKind {
    PINGBACK, TRACKBACK
}
