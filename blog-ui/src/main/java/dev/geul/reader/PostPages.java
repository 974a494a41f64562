package dev.geul.reader;

import java.util.List;

import dev.geul.base.Permalinks;
import dev.geul.media.ImageSize;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostLikes;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.post.PostStatus;
import dev.geul.post.Visibility;
import dev.geul.reader.PostModels.Heading;
import dev.geul.reader.PostModels.PostPage;
import dev.geul.reader.PostModels.Share;
import dev.geul.reader.PostModels.Unlock;
import dev.geul.reader.ReaderModels.Link;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A post's page as its theme gets it: the text made ready, where it belongs, what is around it, its comments. */
@Component
class PostPages {

    static final int OTHER_POSTS = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostPages.class);

    private final PostReader posts;
    private final PostLists postLists;
    private final CommentThread thread;
    private final ListPages lists;
    private final ReaderText text;
    private final ReaderDates dates;
    private final dev.geul.base.BlogProperties blog;
    private final dev.geul.account.AccountService accounts;
    private final dev.geul.post.PostPermissions permissions;
    private final PostLikes likes;
    private final CommentTokens tokens;
    private final MediaStore media;

    PostPages(PostReader posts, PostLists postLists, CommentThread thread, ListPages lists, ReaderText text,
              ReaderDates dates, dev.geul.base.BlogProperties blog, dev.geul.account.AccountService accounts,
              dev.geul.post.PostPermissions permissions, PostLikes likes, CommentTokens tokens, MediaStore media) {
        this.media = media;
        this.accounts = accounts;
        this.permissions = permissions;
        this.likes = likes;
        this.tokens = tokens;
        this.posts = posts;
        this.postLists = postLists;
        this.thread = thread;
        this.lists = lists;
        this.text = text;
        this.dates = dates;
        this.blog = blog;
    }

    /** Whether everyone sees this post alike, so its page may be cached (not a draft its author looks at). */
    static boolean isShared(PostDetail post) {
        return !post.trashed() && post.status() != PostStatus.DRAFT && post.visibility() != Visibility.PRIVATE
                && (post.status() == PostStatus.PUBLISHED || post.publishedAt() != null);
    }

    PostPage page(PostDetail post, CommentThread.Draft draft, @Nullable String unlockError,
                  @Nullable String commentNotice) {
        return page(post, draft, unlockError, commentNotice, null, null);
    }

    /**
     * @param likeNotice what became of the reader's 공감 just pressed, or null
     * @param manage     the guest's comment being changed or deleted, or null
     */
    PostPage page(PostDetail post, CommentThread.Draft draft, @Nullable String unlockError,
                  @Nullable String commentNotice, @Nullable String likeNotice, CommentThread.@Nullable Manage manage) {
        String permalink = post.kind().permalink(post.slug());
        List<Link> categories = new java.util.ArrayList<>();
        if (post.category() != null) {
            categories.add(new Link(post.category().name(), Permalinks.category(post.category().slug())));
        }
        post.moreCategories().forEach(other -> categories.add(new Link(other.name(), Permalinks.category(other.slug()))));
        List<Link> tags = post.tags().stream().map(tag -> new Link("#" + tag.name(), Permalinks.tag(tag.slug())))
                .toList();
        String notice = null;
        if (post.status() == PostStatus.DRAFT) {
            notice = text.getTranslation("post.draft");
        } else if (post.status() == PostStatus.SCHEDULED && !isShared(post)) {
            notice = text.getTranslation("post.scheduled", dates.dateTime(post.publishedAt()));
        }
        String date = dates.date(post.publishedAt() != null ? post.publishedAt() : post.updatedAt());
        String iso = ReaderDates.iso(post.publishedAt() != null ? post.publishedAt() : post.updatedAt());
        Share share = share(post, permalink);
        if (post.locked()) {
            return new PostPage(post.title(), permalink, post.kind() == PostKind.PAGE, date, iso, author(post),
                    categories, tags, "", "", List.of(), false, null, null, null, List.of(), share, true,
                    new Unlock(permalink + "/unlock", unlockError), notice, null, null, null, List.of(), editUrl(post),
                    null, false);
        }
        PostBody body = PostBody.of(post.contentHtml(), this::imageSizes);
        List<Heading> toc = body.wantsTableOfContents()
                ? body.headings().stream().map(h -> new Heading(h.id(), h.text(), h.sub())).toList() : List.of();
        Link previous = null;
        Link next = null;
        String othersHeading = null;
        List<ReaderModels.PostItem> others = List.of();
        if (post.kind() == PostKind.POST) {
            PostReader.Adjacent adjacent = posts.adjacent(post.id());
            previous = adjacent.previous() == null ? null
                    : new Link(adjacent.previous().title(), Permalinks.post(adjacent.previous().slug()));
            next = adjacent.next() == null ? null
                    : new Link(adjacent.next().title(), Permalinks.post(adjacent.next().slug()));
            if (post.category() != null) {
                others = posts.otherPostsInCategory(post.id(), OTHER_POSTS).stream().map(lists::item).toList();
                othersHeading = others.isEmpty() ? null : text.getTranslation("post.others", post.category().name());
            }
        }
        List<Link> pagesBelow = post.kind() != PostKind.PAGE ? List.of() : postLists.navigationPages().stream()
                .filter(page -> Long.valueOf(post.id()).equals(page.parentId()))
                .map(page -> new Link(page.title(), Permalinks.page(page.slug()))).toList();
        return new PostPage(post.title(), permalink, post.kind() == PostKind.PAGE, date, iso, author(post),
                categories, tags, body.html(), text.getTranslation("reader.readingtime", body.readingMinutes()), toc,
                !toc.isEmpty(), previous, next, othersHeading, others, share, false, null, notice,
                thread.of(post, permalink, draft, commentNotice, manage), authorCard(post),
                pagesBelow.isEmpty() ? null : text.getTranslation("page.below"), pagesBelow, editUrl(post),
                like(post, permalink, likeNotice), body.hasCode());
    }

    /** The sizes of the blog's own images; a page whose images cannot be measured now is shown without them. */
    private java.util.Map<String, ImageSize> imageSizes(java.util.Set<String> sources) {
        try {
            return media.imageSizes(sources);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Images of a post could not be measured; its page is shown without their sizes", e);
            return java.util.Map.of();
        }
    }

    /** The studio's editor, for a signed-in writer who may change this post (nobody else sees the link). */
    private @Nullable String editUrl(PostDetail post) {
        return permissions.canEdit(post.id()) ? "/admin/posts/" + post.id() : null;
    }

    /** The 공감 button, on a post readers can see (not on a draft its author previews). */
    private PostModels.@Nullable Like like(PostDetail post, String permalink, @Nullable String notice) {
        if (!isShared(post)) {
            return null;
        }
        long count = likes.count(post.id());
        return new PostModels.Like(permalink + "/like", tokens.issue(post.id()), count,
                text.getTranslation("reader.like.count", count), notice);
    }

    /** The writer's picture and a few words, when they gave them (the name alone is in the post's line). */
    private PostModels.@Nullable AuthorCard authorCard(PostDetail post) {
        return accounts.publicProfile(post.authorId())
                .filter(author -> author.avatarPath() != null || (author.bio() != null && !author.bio().isBlank()))
                .map(author -> new PostModels.AuthorCard(author.displayName(), author.avatarPath(), author.bio()))
                .orElse(null);
    }

    private @Nullable String author(PostDetail post) {
        return post.authorName() == null ? null : text.getTranslation("post.by", post.authorName());
    }

    private Share share(PostDetail post, String permalink) {
        String url = blog.baseUrl() + permalink;
        String encoded = Permalinks.encode(url);
        String title = Permalinks.encode(post.title());
        return new Share("https://x.com/intent/post?url=" + encoded + "&text=" + title,
                "https://www.facebook.com/sharer/sharer.php?u=" + encoded,
                "#share-link", url);
    }
}
