package dev.geul.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How new comments are treated, from {@code geul.comments.*}.
 *
 * @param moderation {@code none}: shown at once; {@code first-time}: a guest's first comment waits for approval;
 *                   {@code all}: every guest comment waits
 * @param maxLinks   a comment with more links than this waits for approval whatever the mode
 */
@ConfigurationProperties("geul.comments")
public record CommentPolicy(String moderation, Integer maxLinks) {

    public CommentPolicy {
        moderation = moderation == null || moderation.isBlank() ? "none" : moderation.strip().toLowerCase();
        maxLinks = maxLinks == null ? 2 : maxLinks;
    }
}
