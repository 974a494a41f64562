package dev.geul.site;

import dev.geul.base.InvalidInputException;

/** A theme zip, or a theme's name, refused as a whole: nothing of it was stored. The message names the problem. */
public class ThemeRefusedException extends InvalidInputException {

    ThemeRefusedException(String field, String key, String message, Object... args) {
        super(field, key, message, args);
    }

    static ThemeRefusedException ofFile(String key, String message, Object... args) {
        return new ThemeRefusedException("file", key, message, args);
    }
}
