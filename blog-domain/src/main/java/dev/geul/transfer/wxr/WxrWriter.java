package dev.geul.transfer.wxr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.geul.account.AccountTransfer;
import dev.geul.account.AccountView;
import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryTransfer;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.comment.CommentTransfer;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.comment.Mentions;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.PostTransfer.TagData;
import dev.geul.post.Visibility;
import dev.geul.transfer.ArchiveNamespace;

/**
 * Writes the whole blog as one WordPress export, as WordPress 6 writes it: the site, its writers, categories and
 * tags, then every post and page with its terms, meta and comments, read a batch at a time so that a big blog
 * needs little memory. What WordPress has no element for is kept as geul's own meta ({@link WxrMeta}).
 */
final class WxrWriter extends WxrXml {

    private static final String WP = ArchiveNamespace.WP.uri();
    private static final String EXCERPT = ArchiveNamespace.EXCERPT.uri();
    private static final String CONTENT = ArchiveNamespace.CONTENT.uri();
    private static final String WFW = ArchiveNamespace.WFW.uri();
    private static final String DC = ArchiveNamespace.DC.uri();


    private static final int BATCH = 50;
    /** Where the ids of mentions start in an export, above those of comments. */
    static final long MENTION_IDS = 1_000_000_000_000L;

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final Mentions mentions;
    private final BlogProperties blog;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Long, String> logins = new HashMap<>();
    private final Map<Long, CategoryData> categoriesById = new HashMap<>();
    private final Map<String, String> tagNames = new HashMap<>();

    WxrWriter(XMLStreamWriter xml, AccountTransfer accounts, CategoryTransfer categories, PostTransfer posts,
              CommentTransfer comments, Mentions mentions, BlogProperties blog, Clock clock) {
        super(xml);
        this.accounts = accounts;
        this.categories = categories;
        this.posts = posts;
        this.comments = comments;
        this.mentions = mentions;
        this.blog = blog;
        this.clock = clock;
        this.zone = blog.timeZone();
    }

    void write() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeComment(" A WordPress eXtended RSS (WXR) export of a geul blog. WordPress and geul import it. ");
        newline(0);
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", EXCERPT);
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("wfw", WFW);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("wp", WP);
        xml.setPrefix("excerpt", EXCERPT);
        xml.setPrefix("content", CONTENT);
        xml.setPrefix("wfw", WFW);
        xml.setPrefix("dc", DC);
        xml.setPrefix("wp", WP);
        newline(0);
        xml.writeStartElement("channel");
        element(1, "title", blog.title());
        element(1, "link", blog.baseUrl());
        element(1, "description", blog.description());
        element(1, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)));
        element(1, "language", "ko");
        wp(1, "wxr_version", "1.2");
        wp(1, "base_site_url", blog.baseUrl());
        wp(1, "base_blog_url", blog.baseUrl());
        for (AccountView account : accounts.all()) {
            logins.put(account.id(), account.username());
            author(account);
        }
        for (CategoryData category : categories.all()) {
            categoriesById.put(category.id(), category);
        }
        for (CategoryData category : categories.all()) {
            category(category);
        }
        long term = 1;
        for (TagData tag : posts.allTags()) {
            tagNames.put(tag.slug(), tag.name());
            newline(1);
            xml.writeStartElement(WP, "tag");
            wp(2, "term_id", Long.toString(term++));
            wp(2, "tag_slug", Permalinks.encode(tag.slug()));
            wp(2, "tag_name", WxrText.escape(tag.name()));
            newline(1);
            xml.writeEndElement();
        }
        element(1, "generator", "geul");
        long after = 0;
        for (List<PostData> batch = posts.batchAfter(after, BATCH); !batch.isEmpty();
             batch = posts.batchAfter(after, BATCH)) {
            // the comments of a whole batch in one query, not one a post
            List<Long> ids = batch.stream().map(PostData::id).toList();
            Map<Long, List<CommentData>> batchComments = comments.commentsOf(ids);
            Map<Long, List<MentionData>> batchMentions = mentions.mentionsOf(ids);
            for (PostData post : batch) {
                item(post, batchComments.getOrDefault(post.id(), List.of()),
                        batchMentions.getOrDefault(post.id(), List.of()));
                after = post.id();
            }
            xml.flush();
        }
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndDocument();
    }

    void author(AccountView account) throws XMLStreamException {
        newline(1);
        xml.writeStartElement(WP, "author");
        wp(2, "author_id", Long.toString(account.id()));
        wp(2, "author_login", account.username());
        wp(2, "author_email", "");
        wp(2, "author_display_name", WxrText.escape(account.displayName()));
        wp(2, "author_first_name", "");
        wp(2, "author_last_name", "");
        newline(1);
        xml.writeEndElement();
    }

    void category(CategoryData category) throws XMLStreamException {
        newline(1);
        xml.writeStartElement(WP, "category");
        wp(2, "term_id", category.id().toString());
        wp(2, "category_nicename", Permalinks.encode(category.slug()));
        CategoryData parent = category.parentId() == null ? null : categoriesById.get(category.parentId());
        wp(2, "category_parent", parent == null ? "" : Permalinks.encode(parent.slug()));
        wp(2, "cat_name", WxrText.escape(category.name()));
        if (category.description() != null) {
            wp(2, "category_description", WxrText.escape(category.description()));
        }
        if (category.sortOrder() != 0) {
            meta(2, "termmeta", WxrMeta.SORT_ORDER, Integer.toString(category.sortOrder()));
        }
        newline(1);
        xml.writeEndElement();
    }

    void item(PostData post, List<CommentData> postComments, List<MentionData> postMentions)
            throws XMLStreamException {
        boolean page = post.kind() == PostKind.PAGE;
        String permalink = blog.baseUrl() + (page ? Permalinks.page(post.slug()) : Permalinks.post(post.slug()));
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
        xml.writeCharacters(blog.baseUrl() + "/?p=" + post.id());
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
        wp(2, "post_id", post.id().toString());
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
        wp(2, "post_password", post.visibility() == Visibility.PASSWORD ? post.accessPassword() : "");
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
    void mention(MentionData mention) throws XMLStreamException {
        newline(2);
        xml.writeStartElement(WP, "comment");
        wp(3, "comment_id", Long.toString(MENTION_IDS + mention.id()));
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
                mention.importKey() != null ? mention.importKey() : "geul-mention-" + mention.id());
        newline(2);
        xml.writeEndElement();
    }

    void comment(CommentData comment) throws XMLStreamException {
        newline(2);
        xml.writeStartElement(WP, "comment");
        wp(3, "comment_id", comment.id().toString());
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

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
