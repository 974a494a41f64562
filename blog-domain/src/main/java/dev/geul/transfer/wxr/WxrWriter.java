package dev.geul.transfer.wxr;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import dev.geul.comment.Mentions;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.PostTransfer.TagData;

/**
 * Writes the whole blog as one WordPress export, as WordPress 6 writes it: the site, its writers, categories and
 * tags in the channel's head, then every post and page as an item ({@link WxrItemWriter}), read a batch at a time
 * so that a big blog needs little memory. What WordPress has no element for is kept as geul's own meta
 * ({@link WxrMeta}).
 */
final class WxrWriter extends WxrXml {

    private static final int BATCH = 50;

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final Mentions mentions;
    private final BlogProperties blog;
    private final Clock clock;
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
        WxrItemWriter items = new WxrItemWriter(xml, blog, logins, categoriesById, tagNames);
        long after = 0;
        for (List<PostData> batch = posts.batchAfter(after, BATCH); !batch.isEmpty();
             batch = posts.batchAfter(after, BATCH)) {
            // the comments of a whole batch in one query, not one a post
            List<Long> ids = batch.stream().map(PostData::id).toList();
            Map<Long, List<CommentData>> batchComments = comments.commentsOf(ids);
            Map<Long, List<MentionData>> batchMentions = mentions.mentionsOf(ids);
            for (PostData post : batch) {
                items.item(post, batchComments.getOrDefault(post.storedId(), List.of()),
                        batchMentions.getOrDefault(post.storedId(), List.of()));
                after = post.storedId();
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
        wp(2, "term_id", Objects.requireNonNull(category.id(), "a stored category has an id").toString());
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
}
