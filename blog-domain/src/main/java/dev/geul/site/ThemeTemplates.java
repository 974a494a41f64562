package dev.geul.site;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

/**
 * The templates a theme may hold, by the names the built-in themes use ({@code post.mustache}, a partial such as
 * {@code header.mustache}), and the check that each compiles. Compiling runs nothing: a template only runs when a
 * reader page renders it, with the page's data and nothing else.
 */
final class ThemeTemplates {

    /** Every template of the built-in {@code classic} theme; a theme holds any of them, classic gives the rest. */
    static final Set<String> NAMES = Set.of("layout", "home", "list", "post", "search", "not-found", "header",
            "footer", "navigation", "sidebar", "pager", "post-item", "comments", "comment", "notice");
    static final String EXTENSION = ".mustache";
    private static final Pattern LINE = Pattern.compile("@ line (\\d+)");

    private ThemeTemplates() {
    }

    static boolean known(String path) {
        return path.endsWith(EXTENSION) && NAMES.contains(path.substring(0, path.length() - EXTENSION.length()));
    }

    static String allowedNames() {
        return NAMES.stream().sorted().map(name -> name + EXTENSION).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** @throws ThemeRefusedException naming the file, the line and what is wrong when the template does not compile */
    static void compile(String path, String source) {
        try {
            Mustache.compiler().compile(source);
        } catch (MustacheException e) {
            String reason = e.getMessage() == null ? "it does not compile" : e.getMessage();
            Matcher line = LINE.matcher(reason);
            String lineNumber = line.find() ? line.group(1) : "?";
            String what = LINE.matcher(reason).replaceAll("").strip();
            throw ThemeRefusedException.ofFile("error.theme.template", "The template " + path + " does not compile "
                    + "at line " + lineNumber + ": " + what, path, lineNumber, what);
        }
    }
}
