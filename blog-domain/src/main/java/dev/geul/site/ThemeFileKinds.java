package dev.geul.site;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The files a theme may hold beside its templates and {@code theme.css}: images and fonts, each known by its first
 * bytes as well as its name (a script renamed {@code logo.png} is refused), and the files a zip often carries that
 * are no part of a theme (a README, a Mac's {@code .DS_Store}), left out and said so.
 */
final class ThemeFileKinds {

    /** A kind of static file: its content type, and how its first bytes look. */
    record Asset(String contentType, Predicate<byte[]> looksRight) {

        boolean matches(byte[] bytes) {
            return looksRight.test(bytes);
        }
    }

    private static final Asset JPEG = new Asset("image/jpeg", at(0, 0xFF, 0xD8, 0xFF));
    private static final Map<String, Asset> ASSETS = Map.ofEntries(
            Map.entry("png", new Asset("image/png", at(0, 0x89, 'P', 'N', 'G'))),
            Map.entry("jpg", JPEG),
            Map.entry("jpeg", JPEG),
            Map.entry("gif", new Asset("image/gif", at(0, 'G', 'I', 'F', '8'))),
            Map.entry("webp", new Asset("image/webp", at(0, 'R', 'I', 'F', 'F').and(at(8, 'W', 'E', 'B', 'P')))),
            Map.entry("avif", new Asset("image/avif", at(4, 'f', 't', 'y', 'p'))),
            Map.entry("ico", new Asset("image/x-icon", at(0, 0, 0, 1, 0))),
            Map.entry("woff", new Asset("font/woff", at(0, 'w', 'O', 'F', 'F'))),
            Map.entry("woff2", new Asset("font/woff2", at(0, 'w', 'O', 'F', '2'))),
            Map.entry("ttf", new Asset("font/ttf", at(0, 0, 1, 0, 0).or(at(0, 't', 'r', 'u', 'e')))),
            Map.entry("otf", new Asset("font/otf", at(0, 'O', 'T', 'T', 'O'))));

    /** Where a theme's files may live: plain names, so each has a clean address. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    static final int MAX_PATH_LENGTH = 200;

    private ThemeFileKinds() {
    }

    static String allowedExtensions() {
        return ASSETS.keySet().stream().sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    static Optional<Asset> asset(String path) {
        return Optional.ofNullable(ASSETS.get(extension(path)));
    }

    static boolean safePath(String path) {
        return path.length() <= MAX_PATH_LENGTH && SAFE_PATH.matcher(path).matches();
    }

    /** Files zips carry that are no part of a theme: left out, and listed as left out. */
    static boolean leftOut(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return path.startsWith("__MACOSX/") || file.startsWith(".") || file.equals("thumbs.db")
                || file.equals("desktop.ini") || file.startsWith("readme") || file.startsWith("license")
                || file.startsWith("licence") || file.endsWith(".md") || file.endsWith(".txt");
    }

    static String extension(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Bytes that hold {@code values} from {@code offset} on. */
    private static Predicate<byte[]> at(int offset, int... values) {
        return bytes -> {
            if (bytes.length < offset + values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (bytes[offset + i] != (byte) values[i]) {
                    return false;
                }
            }
            return true;
        };
    }
}
