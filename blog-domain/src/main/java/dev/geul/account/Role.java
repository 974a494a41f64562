package dev.geul.account;

/** What a signed-in person may do. Readers and guest commenters have no account and no role. */
public enum Role {
    /** Runs the blog: every post, every comment, categories, accounts, imports. */
    ADMIN,
    /** Writes and manages their own posts and the comments on them. */
    AUTHOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
