package dev.geul.account;

public class DuplicateUsernameException extends RuntimeException {

    public DuplicateUsernameException(String username) {
        super("The username '" + username + "' is taken");
    }
}
