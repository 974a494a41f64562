package dev.geul.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How new comments are treated, from {@code geul.comments.*}. A moderation Spring cannot read as one of
 * {@link Moderation}'s values ({@code BLOG_COMMENT_MODERATION=moderate}, say) stops the blog at start with the
 * values it takes, rather than leaving comments unmoderated by mistake.
 *
 * @param moderation how guests' comments wait for approval
 * @param maxLinks   a comment with more links than this waits for approval whatever the mode
 */
@ConfigurationProperties("geul.comments")
public record CommentPolicy(Moderation moderation, Integer maxLinks) {

    public enum Moderation {
        /** Shown at once. */
        NONE,
        /** A guest's first comment waits for approval; once one is approved, the next are shown at once. */
        FIRST_TIME,
        /** Every guest comment waits. */
        ALL
    }

    public CommentPolicy {
        moderation = moderation == null ? Moderation.NONE : moderation;
        maxLinks = maxLinks == null ? 2 : maxLinks;
    }
}
