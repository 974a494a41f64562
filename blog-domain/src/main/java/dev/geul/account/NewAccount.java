package dev.geul.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewAccount(
        @NotBlank(message = "{error.account.username.blank}")
        @Size(max = Account.USERNAME_MAX_LENGTH, message = "{error.account.username.long}")
        @Pattern(regexp = Account.USERNAME_PATTERN, message = "{error.account.username}")
        String username,
        @NotBlank(message = "{error.account.displayname}")
        @Size(max = Account.DISPLAY_NAME_MAX_LENGTH, message = "{error.account.displayname.long}") String displayName,
        @NotNull
        @Size(min = Account.PASSWORD_MIN_LENGTH, max = Account.PASSWORD_MAX_LENGTH, message = "{error.account.password}")
        String password,
        @NotNull Role role) {

    /** Never the password: a record would print it wherever an account is logged or refused. */
    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + displayName + ", " + role + "]";
    }
}
