package dev.geul.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.account.CurrentUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostReader;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a post's comments as threads, as each reader may see them. Writing comments is {@link CommentService}'s,
 * moderating them {@link CommentModeration}'s.
 */
@Service
@Transactional(readOnly = true)
public class CommentThreads {

    private final CommentRepository comments;
    private final CommentFormatter formatter;

    CommentThreads(CommentRepository comments, CommentFormatter formatter) {
        this.comments = comments;
        this.formatter = formatter;
    }

    /**
     * A post's comments as a tree, oldest first at every level. Readers see approved comments; a secret one
     * only when they wrote it, wrote the post, or wrote the comment it answers (others see a placeholder), so that
     * a secret answer reaches the one it was meant for and nobody else; their own pending comments marked as such.
     * The post's author and admins see everything but spam. Anyone who may read the post (locked or not): the post
     * as {@link PostReader} gave it, so that its page does not read it again to ask whether it may be read.
     *
     * @param ownGuestComments ids of comments this reader wrote as a guest (remembered by their session)
     * @throws AccessDeniedException when the caller may not read the post
     */
    @PreAuthorize("@postReader.isReadable(#post)")
    public List<CommentNode> tree(PostDetail post, Set<Long> ownGuestComments) {
        BlogUser viewer = CurrentUser.get().orElse(null);
        long postAuthorId = post.authorId();
        boolean moderator = viewer != null && (viewer.isAdmin() || viewer.accountId() == postAuthorId);

        List<Comment> all = comments.findByPostInOrder(post.id());
        Set<Long> ids = new HashSet<>();
        all.forEach(comment -> ids.add(comment.getId()));
        Map<@Nullable Long, List<Comment>> childrenByParent = new HashMap<>();
        for (Comment comment : all) {
            Long parentId = comment.getParent() == null ? null : comment.getParent().getId();
            // a reply whose parent is gone from the list still shows, at the top level
            childrenByParent.computeIfAbsent(ids.contains(parentId) ? parentId : null, k -> new ArrayList<>())
                    .add(comment);
        }
        return buildThread(null, childrenByParent, new TreeViewer(viewer, moderator, postAuthorId, ownGuestComments));
    }

    private record TreeViewer(@Nullable BlogUser viewer, boolean moderator, long postAuthorId,
                              Set<Long> ownGuestComments) {

        boolean wrote(Comment comment) {
            return ownGuestComments.contains(comment.getId()) || (viewer != null && comment.getAccount() != null
                    && comment.getAccount().getId() == viewer.accountId());
        }
    }

    private List<CommentNode> buildThread(@Nullable Comment parent, Map<@Nullable Long, List<Comment>> childrenByParent,
                                          TreeViewer viewer) {
        Long parentId = parent == null ? null : parent.getId();
        List<CommentNode> nodes = new ArrayList<>();
        for (Comment comment : childrenByParent.getOrDefault(parentId, List.of())) {
            List<CommentNode> replies = buildThread(comment, childrenByParent, viewer);
            boolean mine = viewer.wrote(comment);
            boolean visible = switch (comment.getStatus()) {
                case APPROVED -> true;
                case PENDING -> mine || viewer.moderator();
                case SPAM -> false;
            };
            if (!visible && replies.isEmpty()) {
                continue;
            }
            boolean hidden = !visible || (comment.isSecret()
                    && !(mine || viewer.moderator() || (parent != null && viewer.wrote(parent))));
            // a secret comment still says who wrote it and when, only its text is kept from other readers
            nodes.add(new CommentNode(comment.getId(), parentId,
                    visible ? comment.getAuthorName() : "", hidden ? "" : formatter.toHtml(comment.getBody()),
                    comment.getCreatedAt(), comment.getUpdatedAt(),
                    hidden ? CommentStatus.APPROVED : comment.getStatus(), comment.isSecret(), hidden,
                    comment.isGuest(),
                    comment.getAccount() != null && comment.getAccount().getId() == viewer.postAuthorId(), mine,
                    List.copyOf(replies)));
        }
        return nodes;
    }
}
