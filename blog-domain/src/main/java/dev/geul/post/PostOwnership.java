package dev.geul.post;

import java.util.Collection;
import java.util.List;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives posts to the account they belong to: an imported blog's posts arrive signed by whoever imported them, or by
 * an account made for the archive's writer, and the real writer wants them under their own name. The posts' text,
 * dates and addresses stay as they are. Admins only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class PostOwnership {

    private final PostRepository posts;
    private final AccountRepository accounts;

    PostOwnership(PostRepository posts, AccountRepository accounts) {
        this.posts = posts;
        this.accounts = accounts;
    }

    /**
     * Gives these posts (any kind, any state, trashed ones too) to the account.
     *
     * @return how many posts changed hands (those it had already are not counted)
     * @throws NotFoundException when the account does not exist
     */
    public int give(Collection<Long> postIds, long accountId) {
        return giveTo(posts.findAllById(postIds), account(accountId));
    }

    /**
     * Gives every post of one account (an archive's writer, say) to another.
     *
     * @return how many posts changed hands
     * @throws NotFoundException when either account does not exist
     */
    public int giveAll(long fromAccountId, long toAccountId) {
        account(fromAccountId);
        return giveTo(posts.findByAuthorId(fromAccountId), account(toAccountId));
    }

    private int giveTo(List<Post> chosen, Account newAuthor) {
        int moved = 0;
        for (Post post : chosen) {
            if (!post.getAuthor().getId().equals(newAuthor.getId())) {
                post.giveTo(newAuthor);
                moved++;
            }
        }
        return moved;
    }

    private Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
    }
}
