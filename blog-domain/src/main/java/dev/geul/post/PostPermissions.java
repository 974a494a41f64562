package dev.geul.post;

import dev.geul.account.BlogUser;
import dev.geul.account.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a post, for method security expressions: {@code @postPermissions.canEdit(#id)}.
 * Admins may change every post; authors only their own; guests nothing.
 */
@Component("postPermissions")
@Transactional(readOnly = true)
public class PostPermissions {

    private final PostRepository posts;

    PostPermissions(PostRepository posts) {
        this.posts = posts;
    }

    public boolean canEdit(Long postId) {
        BlogUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        // an unknown id passes here so that the service answers "not found" rather than "denied"
        return postId == null || posts.findAuthorId(postId).map(author -> author == user.accountId()).orElse(true);
    }
}
