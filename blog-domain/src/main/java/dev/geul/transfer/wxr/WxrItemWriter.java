package dev.geul.transfer.wxr;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The items of a WordPress export, as WordPress 6 writes them: a post or page with its categories and tags, its
 * meta, and its comments, pingbacks and trackbacks. What WordPress has no element for is kept as geul's own meta
 * ({@link WxrMeta}). The writers, categories and tags the items name are those the channel's head listed
 * ({@link WxrWriter}).
 */
final class WxrItemWriter extends WxrXml {

    /** Where the ids of mentions start in an export, above those of comments. */
    static final long MENTION_IDS = 1_000_000_000_000L;

    private final BlogProperties blog;
    private final ZoneId zone;
    private final Map<Long, String> logins;
    private final Map<Long, CategoryData> categoriesById;
    private final Map<String, String> tagNames;

    /**
     * @param logins         the writers' logins by account id
     * @param categoriesById the categories by id
     * @param tagNames       the tags' names by slug
     */
    WxrItemWriter(XMLStreamWriter xml, BlogProperties blog, Map<Long, String> logins,
                  Map<Long, CategoryData> categoriesById, Map<String, String> tagNames) {
        super(xml);
        this.blog = blog;
        this.zone = blog.timeZone();
        this.logins = logins;
        this.categoriesById = categoriesById;
        this.tagNames = tagNames;
    }

    void item(PostData post, List<CommentData> postComments, List<MentionData> postMentions)
            throws XMLStreamException {
        boolean page = post.kind() == PostKind.PAGE;
        String permalink = blog.baseUrl() + post.kind().permalink(post.slug());
        newline(1);
        xml.writeStartElement("item");
        element(2, "title", WxrText.escape(post.title()));
        element(2, "link", permalink);
        element(2, "pubDate", post.publishedAt() == null ? ""
                : DateTimeFormatter.RFC_1123_DATE_TIME.format(post.publishedAt().atZone(ZoneOffset.UTC)));
        newline(2);
        xml.writeStartElement(DC, "creator");
        xml.writeCharacters(logins.getOrDefault(post.authorId(), "admin"));
        xml.writeEndElement();
        newline(2);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(blog.baseUrl() + "/?p=" + post.storedId());
        xml.writeEndElement();
        element(2, "description", "");
        newline(2);
        xml.writeStartElement(CONTENT, "encoded");
        cdata(post.contentHtml());
        xml.writeEndElement();
        newline(2);
        xml.writeStartElement(EXCERPT, "encoded");
        cdata(WxrText.escape(post.excerpt()));
        xml.writeEndElement();
        wp(2, "post_id", Long.toString(post.storedId()));
        Instant date = post.publishedAt() != null ? post.publishedAt() : post.createdAt();
        wp(2, "post_date", WxrText.format(date, zone));
        wp(2, "post_date_gmt", WxrText.format(post.publishedAt(), ZoneOffset.UTC));
        wp(2, "post_modified", WxrText.format(post.updatedAt(), zone));
        wp(2, "post_modified_gmt", WxrText.format(post.updatedAt(), ZoneOffset.UTC));
        wp(2, "comment_status", post.commentsOpen() ? "open" : "closed");
        wp(2, "ping_status", "closed");
        wp(2, "post_name", Permalinks.encode(post.slug()));
        wp(2, "status", post.trashedAt() != null ? "trash" : wordpressStatus(post.status(), post.visibility()));
        wp(2, "post_parent", post.parentId() == null ? "0" : post.parentId().toString());
        wp(2, "menu_order", "0");
        wp(2, "post_type", page ? "page" : "post");
        String password = post.accessPassword();
        wp(2, "post_password", post.visibility() == Visibility.PASSWORD && password != null ? password : "");
        wp(2, "is_sticky", post.sticky() ? "1" : "0");
        // the main category first: an import takes the first as the post's main one
        List<Long> categoryIds = new ArrayList<>();
        if (post.categoryId() != null) {
            categoryIds.add(post.categoryId());
        }
        categoryIds.addAll(post.moreCategoryIds());
        for (Long categoryId : categoryIds) {
            CategoryData category = categoriesById.get(categoryId);
            if (category != null) {
                term("category", category.slug(), category.name());
            }
        }
        for (String tag : post.tagSlugs()) {
            term("post_tag", tag, tagNames.getOrDefault(tag, tag));
        }
        meta(2, "postmeta", WxrMeta.STATUS, post.status().name());
        meta(2, "postmeta", WxrMeta.VISIBILITY, post.visibility().name());
        meta(2, "postmeta", WxrMeta.CREATED_AT, iso(post.createdAt()));
        meta(2, "postmeta", WxrMeta.UPDATED_AT, iso(post.updatedAt()));
        if (post.publishedAt() != null) {
            meta(2, "postmeta", WxrMeta.PUBLISHED_AT, iso(post.publishedAt()));
        }
        if (post.trashedAt() != null) {
            meta(2, "postmeta", WxrMeta.TRASHED_AT, iso(post.trashedAt()));
            meta(2, "postmeta", "_wp_trash_meta_status", wordpressStatus(post.status(), post.visibility()));
            meta(2, "postmeta", "_wp_trash_meta_time", Long.toString(post.trashedAt().getEpochSecond()));
        }
        meta(2, "postmeta", WxrMeta.LEGACY_PATH, String.join("\n", post.legacyPaths()));
        if (post.importKey() != null) {
            meta(2, "postmeta", WxrMeta.IMPORT_KEY, post.importKey());
        }
        for (CommentData comment : postComments) {
            comment(comment);
        }
        for (MentionData mention : postMentions) {
            mention(mention);
        }
        newline(1);
        xml.writeEndElement();
    }

    /**
     * A mention as WordPress keeps it: a comment of type pingback or trackback. Its id lies far above any
     * comment's, so that no reply in the file can be taken for an answer to it.
     */
    private void mention(MentionData mention) throws XMLStreamException {
        newline(2);
        xml.writeStartElement(WP, "comment");
        wp(3, "comment_id", Long.toString(MENTION_IDS + mention.storedId()));
        wp(3, "comment_author", WxrText.escape(mention.sourceName()));
        wp(3, "comment_author_email", "");
        wp(3, "comment_author_url", mention.sourceUrl() == null ? "" : mention.sourceUrl());
        wp(3, "comment_author_IP", "");
        wp(3, "comment_date", WxrText.format(mention.createdAt(), zone));
        wp(3, "comment_date_gmt", WxrText.format(mention.createdAt(), ZoneOffset.UTC));
        newline(3);
        xml.writeStartElement(WP, "comment_content");
        cdata(WxrText.escape(mention.excerpt()));
        xml.writeEndElement();
        wp(3, "comment_approved", "1");
        wp(3, "comment_type", mention.kind() == MentionKind.PINGBACK ? "pingback" : "trackback");
        wp(3, "comment_parent", "0");
        wp(3, "comment_user_id", "0");
        meta(3, "commentmeta", WxrMeta.CREATED_AT, iso(mention.createdAt()));
        meta(3, "commentmeta", WxrMeta.IMPORT_KEY,
                mention.importKey() != null ? mention.importKey() : "geul-mention-" + mention.storedId());
        newline(2);
        xml.writeEndElement();
    }

    private void comment(CommentData comment) throws XMLStreamException {
        newline(2);
        xml.writeStartElement(WP, "comment");
        wp(3, "comment_id", Long.toString(comment.storedId()));
        wp(3, "comment_author", WxrText.escape(comment.authorName()));
        wp(3, "comment_author_email", comment.authorEmail() == null ? "" : comment.authorEmail());
        wp(3, "comment_author_url", comment.authorUrl() == null ? "" : comment.authorUrl());
        wp(3, "comment_author_IP", comment.clientAddress() == null ? "" : comment.clientAddress());
        wp(3, "comment_date", WxrText.format(comment.createdAt(), zone));
        wp(3, "comment_date_gmt", WxrText.format(comment.createdAt(), ZoneOffset.UTC));
        newline(3);
        xml.writeStartElement(WP, "comment_content");
        cdata(WxrText.escape(comment.body()));
        xml.writeEndElement();
        wp(3, "comment_approved", switch (comment.status()) {
            case APPROVED -> "1";
            case PENDING -> "0";
            case SPAM -> "spam";
        });
        wp(3, "comment_type", "comment");
        wp(3, "comment_parent", comment.parentId() == null ? "0" : comment.parentId().toString());
        wp(3, "comment_user_id", comment.accountId() == null ? "0" : comment.accountId().toString());
        meta(3, "commentmeta", WxrMeta.CREATED_AT, iso(comment.createdAt()));
        if (comment.updatedAt() != null) {
            meta(3, "commentmeta", WxrMeta.UPDATED_AT, iso(comment.updatedAt()));
        }
        if (comment.secret()) {
            meta(3, "commentmeta", WxrMeta.SECRET, "1");
        }
        if (comment.guestPasswordHash() != null) {
            meta(3, "commentmeta", WxrMeta.GUEST_PASSWORD, comment.guestPasswordHash());
        }
        if (comment.importKey() != null) {
            meta(3, "commentmeta", WxrMeta.IMPORT_KEY, comment.importKey());
        }
        newline(2);
        xml.writeEndElement();
    }

    private static String wordpressStatus(PostStatus status, Visibility visibility) {
        return switch (status) {
            case DRAFT -> "draft";
            case SCHEDULED -> "future";
            case PUBLISHED -> visibility == Visibility.PRIVATE ? "private" : "publish";
        };
    }

    private static String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
