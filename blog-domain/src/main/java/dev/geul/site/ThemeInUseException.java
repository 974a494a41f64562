package dev.geul.site;

import dev.geul.base.ConflictException;

/** The theme readers see cannot be deleted: the admin picks another one first. */
public class ThemeInUseException extends ConflictException {

    /** The message's key. */
    public static final String KEY = "error.theme.inUse";

    private final String name;

    ThemeInUseException(String name) {
        super(KEY, null, "The theme " + name + " is the one readers see: choose another theme before deleting it");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
