package dev.geul.reader;

import java.util.List;
import java.util.Set;

import dev.geul.comment.Comment;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.MentionKind;
import dev.geul.comment.MentionView;
import dev.geul.comment.Mentions;
import dev.geul.post.PostDetail;
import dev.geul.reader.PostModels.CommentForm;
import dev.geul.reader.PostModels.CommentItem;
import dev.geul.reader.PostModels.Comments;
import dev.geul.reader.PostModels.MentionItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A post's comments as the page shows them: the thread, then the form to write one. */
@Component
class CommentThread {

    private final CommentThreads threads;
    private final Mentions mentions;
    private final CommentTokens tokens;
    private final ReaderText text;
    private final ReaderDates dates;

    CommentThread(CommentThreads threads, Mentions mentions, CommentTokens tokens, ReaderText text,
                  ReaderDates dates) {
        this.threads = threads;
        this.mentions = mentions;
        this.tokens = tokens;
        this.text = text;
        this.dates = dates;
    }

    /** What the reader typed, and what was wrong with it, when a comment is refused. */
    record Draft(String name, String body, boolean secret, @Nullable Long parentId, @Nullable String postPassword,
                 @Nullable String nameError, @Nullable String passwordError, @Nullable String bodyError,
                 @Nullable String error, String email, boolean notifyReplies, @Nullable String emailError) {

        static Draft empty(@Nullable Long parentId, @Nullable String postPassword) {
            return new Draft("", "", false, parentId, postPassword, null, null, null, null, "", false, null);
        }
    }

    /** The guest's comment being changed or deleted: its id, the text typed, and why a try was refused. */
    record Manage(long commentId, @Nullable String body, @Nullable String error) {
    }

    Comments of(PostDetail post, String permalink, Draft draft, @Nullable String notice) {
        return of(post, permalink, draft, notice, null);
    }

    Comments of(PostDetail post, String permalink, Draft draft, @Nullable String notice, @Nullable Manage manage) {
        List<CommentNode> tree = threads.tree(post, Set.of());
        long count = CommentNode.flatten(tree).stream().filter(node -> !node.hidden() || node.secret()).count();
        String token = tokens.issue(post.id());
        List<CommentItem> items = tree.stream()
                .map(node -> item(node, permalink, post.commentsOpen(), token, manage)).toList();
        String replyingTo = draft.parentId() == null ? null : CommentNode.flatten(tree).stream()
                .filter(node -> node.id() == draft.parentId()).map(CommentNode::authorName).findFirst().orElse(null);
        Long parentId = replyingTo == null ? null : draft.parentId();
        CommentForm form = new CommentForm(permalink + "/comments", token, draft.name(),
                draft.body(), draft.secret(), parentId,
                replyingTo == null ? null : text.getTranslation("reader.comment.replyingto", replyingTo),
                permalink + "#comment-form", draft.postPassword(), draft.nameError(), draft.passwordError(),
                draft.bodyError(), draft.error(), Comment.AUTHOR_NAME_MAX_LENGTH, Comment.GUEST_PASSWORD_MAX_LENGTH,
                Comment.BODY_MAX_LENGTH, draft.email(), draft.notifyReplies(), draft.emailError(),
                Comment.AUTHOR_EMAIL_MAX_LENGTH);
        List<MentionItem> mentioned = mentions.of(post).stream().map(this::mention).toList();
        return new Comments(text.getTranslation("comment.title") + " " + count, count, items, items.isEmpty(),
                post.commentsOpen(), notice, form,
                mentioned.isEmpty() ? null : text.getTranslation("reader.mentions", mentioned.size()), mentioned);
    }

    private MentionItem mention(MentionView mention) {
        return new MentionItem(mention.sourceName(), mention.sourceUrl(), text.getTranslation(
                mention.kind() == MentionKind.PINGBACK ? "reader.mention.pingback" : "reader.mention.trackback"),
                dates.date(mention.createdAt()), ReaderDates.iso(mention.createdAt()),
                mention.excerpt().isEmpty() ? null : mention.excerpt());
    }

    private CommentItem item(CommentNode node, String permalink, boolean open, String token,
                             @Nullable Manage manage) {
        List<CommentItem> replies = node.replies().stream()
                .map(reply -> item(reply, permalink, open, token, manage)).toList();
        String replyUrl = open && !node.hidden() ? permalink + "?reply=" + node.id() + "#comment-form" : null;
        // a guest's own comment is changed or deleted with its password, while the post takes comments
        boolean manageable = open && node.guest() && !node.hidden();
        String manageUrl = manageable ? permalink + "?manage=" + node.id() + "#comment-" + node.id() : null;
        PostModels.ManageForm form = manageable && manage != null && manage.commentId() == node.id()
                ? new PostModels.ManageForm(permalink + "/comments/" + node.id(), token,
                manage.body() != null ? manage.body() : plainText(node.bodyHtml()), manage.error(),
                permalink + "#comment-" + node.id(), Comment.BODY_MAX_LENGTH, Comment.GUEST_PASSWORD_MAX_LENGTH)
                : null;
        return new CommentItem(node.id(), "comment-" + node.id(), node.authorName(), dates.dateTime(node.createdAt()),
                ReaderDates.iso(node.createdAt()), node.hidden() ? "" : node.bodyHtml(), node.secret(), node.hidden(),
                node.status() == CommentStatus.PENDING, node.byPostAuthor(), replyUrl, replies, !replies.isEmpty(),
                form == null ? manageUrl : null, form);
    }

    /** A comment's text as its writer typed it: paragraphs and line breaks back as blank lines and newlines. */
    static String plainText(String bodyHtml) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
        // a private-use character marks the breaks through text(), which folds whitespace
        document.select("br").after("\uE000");
        document.select("p").after("\uE000\uE000");
        return document.text().replace('\uE000', '\n').replaceAll(" ?\n ?", "\n").strip();
    }
}
