package dev.geul.site;

/** The themes every blog has: a sidebar beside the text, or one column for long reading. */
public enum ThemeName {
    CLASSIC, COLUMN;

    /** The theme's folder name ({@code classic}). */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
