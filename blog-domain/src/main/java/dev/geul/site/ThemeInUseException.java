package dev.geul.site;

/** The theme readers see cannot be deleted: the admin picks another one first. */
public class ThemeInUseException extends RuntimeException {

    private final String name;

    ThemeInUseException(String name) {
        super("The theme " + name + " is the one readers see: choose another theme before deleting it");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
