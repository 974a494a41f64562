package dev.geul.reader;

import java.util.List;

import dev.geul.reader.theme.HtmlValue;
import org.jspecify.annotations.Nullable;

/**
 * What reader pages give their theme: plain records of text, links and lists, nothing to call. Labels are in the
 * blog's language already; dates come formatted and as ISO-8601 ({@code iso…}) for {@code <time datetime>}.
 */
public final class ReaderModels {

    private ReaderModels() {
    }

    public record Link(String text, String url) {
    }

    public record NavCategory(String name, String url, long count, int depth, boolean child) {
    }

    public record TagLink(String name, String url, long count) {
    }

    /** The blog's author: picture and a few words, as the appearance settings give them. */
    public record Profile(String name, @Nullable String imageUrl, @Nullable String bio, boolean present) {
    }

    /**
     * @param themeCss    the theme's stylesheet, made safe to stand inside {@code <style>}
     * @param customCss   the admin's CSS, made safe to stand inside {@code <style>} ({@code </} escaped)
     * @param colorScheme {@code light}, {@code dark} or {@code auto}
     */
    public record Site(String title, String description, String language, @Nullable String accentColor,
                       String colorScheme, @HtmlValue String themeCss, @HtmlValue String customCss, String favicon,
                       List<NavCategory> categories, List<TagLink> tags, List<Link> recentPosts, List<Link> pages,
                       Profile profile, String feedUrl, @Nullable String searchQuery, int year) {
    }

    public record Meta(String attribute, String key, String content) {
    }

    public record FeedLink(String url, String title) {
    }

    /** The page's {@code <head>}: title, description, canonical address, Open Graph tags, feeds, JSON-LD. */
    public record Head(String title, @Nullable String description, @Nullable String canonical, List<Meta> metas,
                       List<FeedLink> feeds, @HtmlValue @Nullable String jsonLd, boolean noindex) {
    }

    /** @param likes how many pressed 공감, as the list says it; null when nobody did */
    public record PostItem(String title, String url, String date, String isoDate, @Nullable Link category,
                           String comments, @Nullable String likes, String excerpt, boolean sticky,
                           boolean isProtected) {
    }

    public record Pager(@Nullable String newer, @Nullable String older, String label) {
    }

    /**
     * Home, a category, a tag, a month: a heading and a page of posts.
     *
     * @param subscribe a category's own subscribe form, or null
     */
    public record ListPage(String heading, @Nullable String description, List<PostItem> posts, boolean empty,
                           String emptyText, @Nullable Pager pager, @Nullable CategorySubscribe subscribe) {
    }

    /**
     * A category page's subscribe form. The page is shared by every reader, so it carries no token: it leads to
     * the subscribe page ({@code GET}), which asks once more with its own.
     */
    public record CategorySubscribe(String action, String categorySlug, String intro, String label, String button) {
    }

    public record NotFoundPage(String heading, String text) {
    }
}
