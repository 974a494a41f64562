package dev.geul.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a writer shows readers about themselves. Blank text counts as none.
 *
 * @param displayName the name their posts and comments are signed with
 * @param avatarPath  a picture the blog's media store gave out ({@code /media/...}), or null for none
 * @param bio         a few words in plain text, or null
 */
public record ProfileChange(
        @NotBlank(message = "{error.account.displayname}")
        @Size(max = Account.DISPLAY_NAME_MAX_LENGTH, message = "{error.account.displayname.long}") String displayName,
        @Size(max = Account.AVATAR_PATH_MAX_LENGTH, message = "{error.account.avatar}")
        @Pattern(regexp = Account.AVATAR_PATH_PATTERN, message = "{error.account.avatar}") String avatarPath,
        @Size(max = Account.BIO_MAX_LENGTH, message = "{error.account.bio.long}") String bio) {

    public ProfileChange {
        displayName = displayName == null ? null : displayName.strip();
        avatarPath = avatarPath == null || avatarPath.isBlank() ? null : avatarPath.strip();
        bio = bio == null || bio.isBlank() ? null : bio.strip().replace("\r\n", "\n");
    }
}
