package dev.geul.base;

import org.jspecify.annotations.Nullable;

/**
 * The request was fine, but the state it meets is not the one it expected: someone saved first, the name is
 * taken, the thing is in use, the same work runs already. Nothing was changed; look again and decide.
 */
public non-sealed class ConflictException extends Refusal {

    public ConflictException(String key, @Nullable String field, String message, Object... args) {
        super(key, field, message, null, args);
    }
}
