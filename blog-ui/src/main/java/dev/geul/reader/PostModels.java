package dev.geul.reader;

import java.util.List;

import dev.geul.reader.ReaderModels.Link;
import dev.geul.reader.ReaderModels.PostItem;
import dev.geul.reader.theme.HtmlValue;
import org.jspecify.annotations.Nullable;

/** What a post's page gives its theme. */
public final class PostModels {

    private PostModels() {
    }

    public record Heading(String id, String text, boolean sub) {
    }

    /** Plain links to share the post; none loads a script. {@code url} is the address to copy. */
    public record Share(String x, String facebook, String kakao, String url) {
    }

    /**
     * The 공감 button, a plain form.
     *
     * @param token  proves the form came from this blog ({@link CommentTokens})
     * @param notice said once the reader's 공감 was counted, else null
     */
    public record Like(String action, String token, long count, String countText, @Nullable String notice) {
    }

    /** The password form of a protected post. */
    public record Unlock(String action, @Nullable String error) {
    }

    /**
     * @param hidden a secret comment the reader may not read: its writer and time stay, its text does not
     * @param anchor the comment's id in the page ({@code comment-12})
     */
    public record CommentItem(long id, String anchor, String name, String date, String isoDate,
                              @HtmlValue String bodyHtml, boolean secret, boolean hidden, boolean pending,
                              boolean byAuthor, @Nullable String replyUrl, List<CommentItem> replies,
                              boolean hasReplies, @Nullable String manageUrl, @Nullable ManageForm manage) {
    }

    /**
     * A guest's own comment, changed or deleted with the password it was written with.
     *
     * @param body  the text to change, as the guest last typed it
     * @param error why the last try was refused, or null
     */
    public record ManageForm(String action, String token, String body, @Nullable String error, String cancelUrl,
                             int bodyMaxLength, int passwordMaxLength) {
    }

    /**
     * The plain comment form, as the reader left it when it was refused.
     *
     * @param token      proves the form came from this blog ({@link CommentTokens})
     * @param replyingTo the name of the comment's writer this one answers, or null
     * @param email      the address a guest gives to be mailed replies; never shown with the comment
     */
    public record CommentForm(String action, String token, String name, String body, boolean secret,
                              @Nullable Long parentId, @Nullable String replyingTo, String cancelReplyUrl,
                              @Nullable String postPassword, @Nullable String nameError,
                              @Nullable String passwordError, @Nullable String bodyError, @Nullable String error,
                              int nameMaxLength, int passwordMaxLength, int bodyMaxLength, String email,
                              boolean notifyReplies, @Nullable String emailError, int emailMaxLength) {
    }

    /** @param notice what happened to the comment just sent (posted, or waiting for approval) */
    /**
     * @param mentionsHeading null when no other site mentioned the post
     * @param mentions        the pingbacks and trackbacks the post has, apart from its comments
     */
    public record Comments(String heading, long count, List<CommentItem> items, boolean empty, boolean open,
                           @Nullable String notice, CommentForm form, @Nullable String mentionsHeading,
                           List<MentionItem> mentions) {
    }

    /** Another site that linked to the post. @param url null when the archive gave no page to follow */
    public record MentionItem(String name, @Nullable String url, String kind, String date, String isoDate,
                              @Nullable String excerpt) {
    }

    /** The writer under the post, when they gave more than a name. @param pictureUrl null without a picture */
    public record AuthorCard(String name, @Nullable String pictureUrl, @Nullable String bio) {
    }

    /**
     * @param pagesBelowHeading null when no page sits below this one (the header lists top-level pages only)
     * @param editUrl           the studio's editor for a signed-in writer who may edit the post, else null
     * @param hasCode           whether the text holds code blocks: the layout then loads the code highlighter
     */
    public record PostPage(String title, String url, boolean isPage, String date, String isoDate,
                           @Nullable String author, List<Link> categories, List<Link> tags, @HtmlValue String bodyHtml,
                           String readingTime, List<Heading> toc, boolean hasToc, @Nullable Link previous,
                           @Nullable Link next, @Nullable String othersHeading, List<PostItem> others, Share share,
                           boolean locked, @Nullable Unlock unlock, @Nullable String notice,
                           @Nullable Comments comments, @Nullable AuthorCard authorCard,
                           @Nullable String pagesBelowHeading, List<Link> pagesBelow, @Nullable String editUrl,
                           @Nullable Like like, boolean hasCode) {
    }
}
