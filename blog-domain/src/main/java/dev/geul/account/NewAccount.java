package dev.geul.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewAccount(
        @NotBlank @Size(max = Account.USERNAME_MAX_LENGTH)
        @Pattern(regexp = Account.USERNAME_PATTERN, message = "may contain only letters, digits, '.', '_' and '-'")
        String username,
        @NotBlank @Size(max = Account.DISPLAY_NAME_MAX_LENGTH) String displayName,
        @NotNull @Size(min = Account.PASSWORD_MIN_LENGTH, max = Account.PASSWORD_MAX_LENGTH) String password,
        @NotNull Role role) {
}
