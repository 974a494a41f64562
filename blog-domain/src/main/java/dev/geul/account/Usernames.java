package dev.geul.account;

import java.util.Locale;

/**
 * A username as typed at sign-in, reduced to the one form accounts are looked up by and failed sign-ins are counted
 * under, so that no spelling of a name ({@code ADMIN}, {@code admin }) escapes the throttle of the account it
 * opens. Stored usernames are ASCII ({@link Account#USERNAME_PATTERN}), so PostgreSQL's {@code lower()} on them
 * and Java's root-locale folding agree; a name with other letters ({@code admİn}) folds to something no account
 * has, whatever the database's locale.
 */
public final class Usernames {

    private Usernames() {
    }

    public static String key(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
