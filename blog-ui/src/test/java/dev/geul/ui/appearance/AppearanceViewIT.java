package dev.geul.ui.appearance;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.BlogUser;
import dev.geul.site.AppearanceService;
import dev.geul.site.ColorScheme;
import dev.geul.reader.ThemePreviews;
import dev.geul.site.ThemeName;
import dev.geul.site.ThemeService;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AppearanceViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    AppearanceService appearance;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ThemeService themes;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
        jdbc.update("delete from uploaded_theme");
        UI.getCurrent().setLocale(Locale.KOREAN);
        signInAs(admin);
    }

    private static byte[] zip(String... pathsAndTexts) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                zip.putNextEntry(new java.util.zip.ZipEntry(pathsAndTexts[i]));
                zip.write(pathsAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void an_admin_uploads_a_theme_zip_previews_it_alone_and_then_applies_it() {
        AppearanceView view = navigate(AppearanceView.class);

        test(view.uploads.upload).upload("Paper.zip", "application/zip",
                zip("layout.mustache", "<body class=\"paper\">{{{content}}}</body>", "README.md", "# 종이"));
        roundTrip();

        assertThat(view.uploads.status.getText()).contains("paper").contains("저장했습니다");
        assertThat(view.uploads.leftOut.getElement().getTextRecursively()).contains("README.md")
                .contains("테마에 쓰이지 않는 파일");
        assertThat(view.theme.getValue().uploaded()).isEqualTo("paper");

        test(view.preview.show).click();

        assertThat(view.preview.frame.getSrc()).startsWith("/?preview=");
        Object kept = com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .getAttribute(ThemePreviews.ATTRIBUTE);
        assertThat(kept).isInstanceOfSatisfying(ThemePreviews.Preview.class, preview -> {
            assertThat(view.preview.frame.getSrc()).isEqualTo(preview.address("/"));
            assertThat(preview.settings().uploadedTheme()).isEqualTo("paper");
        });
        assertThat(asGuest(() -> appearance.current()).uploadedTheme()).as("not applied yet").isNull();

        test(view.save).click();

        assertThat(asGuest(() -> appearance.current()).uploadedTheme()).isEqualTo("paper");
    }

    @Test
    void a_theme_zip_with_a_broken_template_is_refused_in_korean_naming_file_and_line_and_nothing_changes() {
        AppearanceView view = navigate(AppearanceView.class);

        test(view.uploads.upload).upload("broken.zip", "application/zip",
                zip("post.mustache", "<h1>{{page.title}}</h1>\n{{#page.tags}}<a>{{text}}</a>\n"));
        roundTrip();

        assertThat(view.uploads.status.getText()).contains("아무것도 바뀌지 않았습니다")
                .contains("post.mustache 템플릿의 2번째 줄");
        assertThat(view.theme.getListDataView().getItems()).noneMatch(ThemeChoice::isUploaded);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_picks_the_column_theme_a_colour_and_a_bio_and_readers_get_them() {
        AppearanceView view = navigate(AppearanceView.class);

        test(view.theme).selectItem("칼럼: 긴 글을 읽기 좋은 한 단");
        test(view.accentColor).setValue("#AA3300");
        test(view.colorScheme).selectItem("어둡게");
        test(view.bio).setValue("서울에서 개발하는 사람");
        test(view.save).click();

        var saved = asGuest(() -> appearance.current());
        assertThat(saved.theme()).isEqualTo(ThemeName.COLUMN);
        assertThat(saved.accentColor()).isEqualTo("#aa3300");
        assertThat(saved.colorScheme()).isEqualTo(ColorScheme.DARK);
        assertThat(saved.bio()).isEqualTo("서울에서 개발하는 사람");
    }

    @Test
    void a_colour_that_is_not_rrggbb_is_refused_in_korean_and_nothing_is_saved() {
        AppearanceView view = navigate(AppearanceView.class);

        test(view.accentColor).setValue("파란색");
        test(view.bio).setValue("지워지면 안 되는 소개");
        test(view.save).click();

        assertThat(view.accentColor.isInvalid()).isTrue();
        assertThat(view.accentColor.getErrorMessage()).isEqualTo("색은 #2b6cb0처럼 #rrggbb로 적어 주세요.");
        assertThat(view.bio.getValue()).isEqualTo("지워지면 안 되는 소개");
        assertThat(asGuest(() -> appearance.current()).bio()).isNull();
    }

    @Test
    void the_theme_readers_see_cannot_be_deleted_from_the_view_and_another_one_can() {
        AppearanceView view = navigate(AppearanceView.class);
        test(view.uploads.upload).upload("paper.zip", "application/zip", zip("theme.css", "body { color: #111 }"));
        roundTrip();
        test(view.save).click();
        test(view.uploads.upload).upload("stone.zip", "application/zip", zip("theme.css", "body { color: #222 }"));
        roundTrip();

        test(view.theme).selectItem("올린 테마: paper");
        test(view.deleteTheme).click();

        assertThat(themes.names()).containsExactly("paper", "stone");

        test(view.theme).selectItem("올린 테마: stone");
        test(view.deleteTheme).click();

        assertThat(themes.names()).containsExactly("paper");
        assertThat(view.theme.getListDataView().getItems().filter(ThemeChoice::isUploaded))
                .extracting(ThemeChoice::uploaded).containsExactly("paper");
        assertThat(view.theme.getValue().uploaded()).as("back to the saved choice").isEqualTo("paper");
    }
}
