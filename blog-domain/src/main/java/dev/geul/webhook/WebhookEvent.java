package dev.geul.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What an endpoint may be told of, by the name it carries in the payload and the {@code X-Geul-Event} header. */
public enum WebhookEvent {
    POST_PUBLISHED("post.published"),
    POST_UPDATED("post.updated"),
    POST_UNPUBLISHED("post.unpublished"),
    POST_TRASHED("post.trashed"),
    COMMENT_ADDED("comment.added");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event of a name as it is sent, e.g. {@code post.published}. */
    public static Optional<WebhookEvent> byWireName(String name) {
        return Arrays.stream(values()).filter(event -> event.wireName.equals(name)).findFirst();
    }
}
