package dev.geul.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.account.CurrentUser;
import dev.geul.base.NotFoundException;
import dev.geul.post.Post;
import dev.geul.post.PostReader;
import dev.geul.post.PostRepository;
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
    private final PostRepository posts;
    private final PostReader postReader;
    private final CommentFormatter formatter;

    CommentThreads(CommentRepository comments, PostRepository posts, PostReader postReader,
                   CommentFormatter formatter) {
        this.comments = comments;
        this.posts = posts;
        this.postReader = postReader;
        this.formatter = formatter;
    }

    /**
     * A post's comments as a tree, oldest first at every level. Readers see approved comments; a secret one
     * only when they wrote it, wrote the post, or wrote the comment it answers (others see a placeholder), so that
     * a secret answer reaches the one it was meant for and nobody else; their own pending comments marked as such.
     * The post's author and admins see everything but spam. Anyone who may read the post.
     *
     * @param ownGuestComments ids of comments this reader wrote as a guest (remembered by their session)
     * @throws NotFoundException for an unknown post, or one the caller may not read
     */
    public List<CommentNode> tree(long postId, Set<Long> ownGuestComments) {
        Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        if (!postReader.isReadable(postId)) {
            throw new NotFoundException("Post " + postId);
        }
        BlogUser viewer = CurrentUser.get().orElse(null);
        long postAuthorId = post.getAuthor().getId();
        boolean moderator = viewer != null && (viewer.isAdmin() || viewer.accountId() == postAuthorId);

        List<Comment> all = comments.findByPostInOrder(postId);
        Set<Long> ids = new HashSet<>();
        all.forEach(comment -> ids.add(comment.getId()));
        Map<Long, List<Comment>> childrenByParent = new HashMap<>();
        for (Comment comment : all) {
            Long parentId = comment.getParent() == null ? null : comment.getParent().getId();
            // a reply whose parent is gone from the list still shows, at the top level
            childrenByParent.computeIfAbsent(ids.contains(parentId) ? parentId : null, k -> new ArrayList<>())
                    .add(comment);
        }
        return buildThread(null, childrenByParent, new TreeViewer(viewer, moderator, postAuthorId, ownGuestComments));
    }

    private record TreeViewer(BlogUser viewer, boolean moderator, long postAuthorId, Set<Long> ownGuestComments) {

        boolean wrote(Comment comment) {
            return ownGuestComments.contains(comment.getId()) || (viewer != null && comment.getAccount() != null
                    && comment.getAccount().getId() == viewer.accountId());
        }
    }

    private List<CommentNode> buildThread(Comment parent, Map<Long, List<Comment>> childrenByParent,
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
