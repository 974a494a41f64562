package dev.geul.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeZipTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path folder;

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path zip = Files.createTempFile(folder, "theme", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zipped.putNextEntry(new ZipEntry(entry.getKey()));
                zipped.write(entry.getValue());
                zipped.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(Object... pathsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Object content = pathsAndContents[i + 1];
            files.put((String) pathsAndContents[i], content instanceof String s ? text(s) : (byte[]) content);
        }
        return files;
    }

    private void refused(Map<String, byte[]> files, String key, String... words) throws IOException {
        Path zip = zip(files);
        assertThatThrownBy(() -> ThemeZip.read(zip)).isInstanceOf(ThemeRefusedException.class)
                .satisfies(e -> assertThat(((ThemeRefusedException) e).key()).isEqualTo(key))
                .message().contains(words);
    }

    @Test
    void a_theme_in_one_folder_keeps_its_templates_css_and_images_and_lists_what_it_leaves_out() throws IOException {
        ThemeZip.Contents contents = ThemeZip.read(zip(files(
                "paper/layout.mustache", "<html><body>{{{content}}}</body></html>",
                "paper/post.mustache", "<h1>{{page.post.title}}</h1>",
                "paper/theme.css", "body { background: url(images/paper.png) }",
                "paper/images/paper.png", PNG,
                "paper/README.md", "# Paper",
                "paper/.DS_Store", new byte[]{0, 0, 0, 1})));

        assertThat(contents.files()).extracting(ThemeFile::path)
                .containsExactlyInAnyOrder("layout.mustache", "post.mustache", "theme.css", "images/paper.png");
        assertThat(contents.files()).filteredOn(file -> file.path().endsWith(".png"))
                .extracting(ThemeFile::contentType).containsExactly("image/png");
        assertThat(contents.leftOut()).extracting(LeftOutFile::path)
                .containsExactlyInAnyOrder("paper/README.md", "paper/.DS_Store");
        assertThat(contents.leftOut()).allSatisfy(file -> assertThat(file.code()).isEqualTo("theme.leftOut.notTheme"));
    }

    @Test
    void a_template_that_does_not_compile_is_refused_naming_its_file_and_line() throws IOException {
        refused(files("layout.mustache", "{{{content}}}",
                        "post.mustache", "<h1>{{page.post.title}}</h1>\n<ul>\n{{#page.post.tags}}<li>{{name}}</li>\n"),
                "error.theme.template", "post.mustache", "line 3");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused() throws IOException {
        Path notZip = Files.writeString(folder.resolve("theme.zip"), "<html>not a zip</html>");

        assertThatThrownBy(() -> ThemeZip.read(notZip)).isInstanceOf(ThemeRefusedException.class)
                .hasMessage("The file is not a zip");
    }

    @Test
    void a_zip_bomb_is_refused_by_its_directory_before_it_is_unpacked() throws IOException {
        refused(files("post.mustache", "x", "images/huge.png", new byte[5 * 1024 * 1024]),
                "error.theme.ratio", "images/huge.png", "100 times");
    }

    @Test
    void a_zip_of_too_many_files_is_refused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= ThemeZip.LIMITS.maxEntries(); i++) {
            many.put("images/" + i + ".png", PNG);
        }
        refused(many, "error.theme.tooManyFiles", "200 files");
    }

    @Test
    void a_script_a_page_and_an_svg_are_kinds_a_theme_cannot_hold() throws IOException {
        refused(files("post.mustache", "x", "app.js", "alert(1)"), "error.theme.kind", "app.js");
        refused(files("post.mustache", "x", "extra.html", "<p>"), "error.theme.kind", "extra.html");
        refused(files("post.mustache", "x", "logo.svg", "<svg onload=alert(1)>"), "error.theme.kind", "logo.svg");
    }

    @Test
    void an_image_is_known_by_its_bytes_not_its_name() throws IOException {
        refused(files("post.mustache", "x", "logo.png", "<script>alert(1)</script>"), "error.theme.content",
                "logo.png");
    }

    @Test
    void templates_have_the_names_reader_pages_use() throws IOException {
        refused(files("admin.mustache", "{{x}}"), "error.theme.templateName", "admin.mustache", "post.mustache");
    }

    @Test
    void a_stylesheet_may_load_nothing_from_another_host() throws IOException {
        refused(files("theme.css", "body { background: url(https://tracker.example/p.gif) }"), "error.theme.css",
                "https://tracker.example/p.gif");
        refused(files("theme.css", "@import url(fonts.css);"), "error.theme.css", "@import");
    }

    @Test
    void a_path_out_of_the_theme_is_refused() throws IOException {
        refused(files("post.mustache", "x", "../../etc/logo.png", PNG), "error.theme.path", "../../etc/logo.png");
    }

    @Test
    void a_zip_with_nothing_of_a_theme_is_refused() throws IOException {
        refused(files("images/logo.png", PNG, "README.md", "hi"), "error.theme.empty", "no template");
    }

    @Test
    void theme_names_are_short_address_safe_and_never_a_built_in_s() {
        assertThat(ThemeNames.check(" my-theme ")).isEqualTo("my-theme");
        assertThatThrownBy(() -> ThemeNames.check("classic")).isInstanceOf(ThemeRefusedException.class)
                .hasMessageContaining("built-in");
        assertThatThrownBy(() -> ThemeNames.check("../x")).isInstanceOf(ThemeRefusedException.class);
        assertThat(ThemeNames.fromFileName("C:\\themes\\My Paper Theme.zip")).isEqualTo("my-paper-theme");
    }

    @Test
    void relative_addresses_in_a_stylesheet_point_at_the_theme_s_files() {
        assertThat(ThemeCss.pointedAt("a{background:url('img/a.png')} b{src:url(data:font/woff2;base64,AA)}",
                "/theme-files/paper/3/"))
                .isEqualTo("a{background:url(\"/theme-files/paper/3/img/a.png\")} b{src:url(data:font/woff2;base64,AA)}");
    }
}
