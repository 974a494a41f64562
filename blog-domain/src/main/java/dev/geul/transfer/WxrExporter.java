package dev.geul.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
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
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.PostTransfer.TagData;
import dev.geul.post.Visibility;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes the whole blog as a WordPress export (WXR 1.2): writers, categories, tags, posts and pages of every
 * status (trash included) and all their comments.
 *
 * <p>WordPress reads the file as its own. What WXR has no field for (unlisted posts, secret comments, guests'
 * password hashes, exact dates, earlier import keys and old addresses) travels in {@code _geul_*} meta fields,
 * so that {@link WxrImporter} brings it back into an empty geul with nothing lost. Revisions stay behind, as in
 * WordPress's own exports. Posts are read in batches and written as they come, so a big blog never sits in
 * memory whole.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WxrExporter {

    static final String WP = "http://wordpress.org/export/1.2/";
    static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String WFW = "http://wellformedweb.org/CommentAPI/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    static final String META_STATUS = "_geul_status";
    static final String META_VISIBILITY = "_geul_visibility";
    static final String META_PUBLISHED_AT = "_geul_published_at";
    static final String META_CREATED_AT = "_geul_created_at";
    static final String META_UPDATED_AT = "_geul_updated_at";
    static final String META_TRASHED_AT = "_geul_trashed_at";
    static final String META_IMPORT_KEY = "_geul_import_key";
    static final String META_LEGACY_PATH = "_geul_legacy_path";
    static final String META_SORT_ORDER = "_geul_sort_order";
    static final String META_SECRET = "_geul_secret";
    static final String META_GUEST_PASSWORD = "_geul_guest_password_hash";

    private static final int BATCH = 50;

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final BlogProperties blog;
    private final Clock clock;

    WxrExporter(AccountTransfer accounts, CategoryTransfer categories, PostTransfer posts, CommentTransfer comments,
                BlogProperties blog, Clock clock) {
        this.accounts = accounts;
        this.categories = categories;
        this.posts = posts;
        this.comments = comments;
        this.blog = blog;
        this.clock = clock;
    }

    /** A file name like WordPress gives its exports: {@code geul.wordpress.2026-03-01.xml}. */
    public String fileName() {
        String name = blog.title().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "blog" : name) + ".wordpress." + clock.instant().atZone(blog.timeZone()).toLocalDate()
                + ".xml";
    }

    /**
     * Writes the export to {@code out} (UTF-8), which is flushed, not closed. Admins only.
     */
    public void exportWxr(OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Writer(xml).write();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The export could not be written", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final class Writer {

        final XMLStreamWriter xml;
        final ZoneId zone = blog.timeZone();
        final Map<Long, String> logins = new HashMap<>();
        final Map<Long, CategoryData> categoriesById = new HashMap<>();
        final Map<String, String> tagNames = new HashMap<>();

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
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
                Map<Long, List<CommentData>> batchComments = comments.commentsOf(
                        batch.stream().map(PostData::id).toList());
                for (PostData post : batch) {
                    item(post, batchComments.getOrDefault(post.id(), List.of()));
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
                meta(2, "termmeta", META_SORT_ORDER, Integer.toString(category.sortOrder()));
            }
            newline(1);
            xml.writeEndElement();
        }

        void item(PostData post, List<CommentData> postComments) throws XMLStreamException {
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
            meta(2, "postmeta", META_STATUS, post.status().name());
            meta(2, "postmeta", META_VISIBILITY, post.visibility().name());
            meta(2, "postmeta", META_CREATED_AT, iso(post.createdAt()));
            meta(2, "postmeta", META_UPDATED_AT, iso(post.updatedAt()));
            if (post.publishedAt() != null) {
                meta(2, "postmeta", META_PUBLISHED_AT, iso(post.publishedAt()));
            }
            if (post.trashedAt() != null) {
                meta(2, "postmeta", META_TRASHED_AT, iso(post.trashedAt()));
                meta(2, "postmeta", "_wp_trash_meta_status", wordpressStatus(post.status(), post.visibility()));
                meta(2, "postmeta", "_wp_trash_meta_time", Long.toString(post.trashedAt().getEpochSecond()));
            }
            meta(2, "postmeta", META_LEGACY_PATH, String.join("\n", post.legacyPaths()));
            if (post.importKey() != null) {
                meta(2, "postmeta", META_IMPORT_KEY, post.importKey());
            }
            for (CommentData comment : postComments) {
                comment(comment);
            }
            newline(1);
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
            meta(3, "commentmeta", META_CREATED_AT, iso(comment.createdAt()));
            if (comment.updatedAt() != null) {
                meta(3, "commentmeta", META_UPDATED_AT, iso(comment.updatedAt()));
            }
            if (comment.secret()) {
                meta(3, "commentmeta", META_SECRET, "1");
            }
            if (comment.guestPasswordHash() != null) {
                meta(3, "commentmeta", META_GUEST_PASSWORD, comment.guestPasswordHash());
            }
            if (comment.importKey() != null) {
                meta(3, "commentmeta", META_IMPORT_KEY, comment.importKey());
            }
            newline(2);
            xml.writeEndElement();
        }

        void term(String domain, String slug, String name) throws XMLStreamException {
            newline(2);
            xml.writeStartElement("category");
            xml.writeAttribute("domain", domain);
            xml.writeAttribute("nicename", Permalinks.encode(slug));
            xml.writeCharacters(WxrText.xmlSafe(WxrText.escape(name)));
            xml.writeEndElement();
        }

        void meta(int depth, String kind, String key, String value) throws XMLStreamException {
            newline(depth);
            xml.writeStartElement(WP, kind);
            wp(depth + 1, "meta_key", key);
            wp(depth + 1, "meta_value", value);
            newline(depth);
            xml.writeEndElement();
        }

        void wp(int depth, String name, String text) throws XMLStreamException {
            newline(depth);
            xml.writeStartElement(WP, name);
            xml.writeCharacters(WxrText.xmlSafe(text));
            xml.writeEndElement();
        }

        void element(int depth, String name, String text) throws XMLStreamException {
            newline(depth);
            xml.writeStartElement(name);
            xml.writeCharacters(WxrText.xmlSafe(text));
            xml.writeEndElement();
        }

        /** HTML goes in CDATA sections, as WordPress writes it; a "]]>" inside is split over two sections. */
        void cdata(String text) throws XMLStreamException {
            String safe = WxrText.xmlSafe(text);
            if (safe.isEmpty()) {
                return;
            }
            int from = 0;
            for (int end = safe.indexOf("]]>"); end >= 0; end = safe.indexOf("]]>", from)) {
                xml.writeCData(safe.substring(from, end + 2));
                from = end + 2;
            }
            xml.writeCData(safe.substring(from));
        }

        void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "\t".repeat(depth));
        }
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
