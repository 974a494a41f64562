package dev.geul.account;

import dev.geul.base.ConflictException;

/** Another account has the name already; names are compared as the sign-in form compares them. */
public class DuplicateUsernameException extends ConflictException {

    /** The message's key. */
    public static final String KEY = "accounts.error.taken";

    public DuplicateUsernameException(String username) {
        super(KEY, "username", "The username '" + username + "' is taken");
    }
}
