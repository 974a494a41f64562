package dev.geul.site;

/** Light or dark colours for readers; {@code AUTO} follows the reader's device. */
public enum ColorScheme {
    LIGHT, DARK, AUTO
}
