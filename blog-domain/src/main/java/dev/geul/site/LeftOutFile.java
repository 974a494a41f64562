package dev.geul.site;

/**
 * A file of an uploaded zip that is no part of the theme (a README, a Mac's {@code .DS_Store}): not stored, and
 * listed so nobody wonders where it went.
 *
 * @param reason in English; {@code code} is its translation key
 */
public record LeftOutFile(String path, String reason, String code) {

    static LeftOutFile notPartOfATheme(String path) {
        return new LeftOutFile(path, "Not part of a theme (notes, licences, system files): left out",
                "theme.leftOut.notTheme");
    }
}
