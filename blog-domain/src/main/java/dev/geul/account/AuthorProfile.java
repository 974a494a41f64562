package dev.geul.account;

import org.jspecify.annotations.Nullable;

/**
 * A writer as readers meet them: the name their posts are signed with, a picture and a few words.
 *
 * @param avatarPath a path of the blog's media, or null
 * @param bio        plain text, or null
 */
public record AuthorProfile(long accountId, String username, String displayName, @Nullable String avatarPath,
                            @Nullable String bio) {

    static AuthorProfile of(Account account) {
        return new AuthorProfile(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getAvatarPath(), account.getBio());
    }
}
