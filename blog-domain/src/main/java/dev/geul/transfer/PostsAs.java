package dev.geul.transfer;

/**
 * How the posts of an archive that does not say who could read them come in (Tistory's current backup does not);
 * the admin chooses, and the report says so.
 */
public enum PostsAs {
    /** As drafts, for the admin to publish one by one: nothing private is shown by mistake. */
    DRAFTS,
    /** Published, but only the blog's writers see them. */
    PRIVATE,
    /** Published for everyone, as they were if the blog had no private posts. */
    PUBLIC
}
