package dev.geul.ui.appearance;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.BlogUser;
import dev.geul.site.AppearanceService;
import dev.geul.site.ColorScheme;
import dev.geul.site.ThemeName;
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

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
        UI.getCurrent().setLocale(Locale.KOREAN);
        signInAs(admin);
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
}
