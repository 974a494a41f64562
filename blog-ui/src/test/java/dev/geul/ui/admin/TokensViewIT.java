package dev.geul.ui.admin;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.ApiTokens;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/** A writer makes a token that ends after the days chosen, or one that may make tokens, and the list says so. */
@SpringBootTest
class TokensViewIT extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(fixtures.author("alice"));
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void a_token_made_for_thirty_days_ends_then_and_one_made_to_make_tokens_says_so() {
        TokensView view = navigate(TokensView.class);

        test(view.name).setValue("편집기");
        test(view.lifetime).selectItem("30 days");
        test(view.create).click();
        test(view.name).setValue("배포 스크립트");
        test(view.lifetime).selectItem("until revoked");
        test(view.makesTokens).click();
        test(view.create).click();

        assertThat(view.shown.getValue()).startsWith(ApiTokens.PREFIX);
        assertThat(tokens.mine()).hasSize(2).anySatisfy(token -> {
            assertThat(token.name()).isEqualTo("편집기");
            assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
            assertThat(token.canMakeTokens()).isFalse();
        }).anySatisfy(token -> {
            assertThat(token.name()).isEqualTo("배포 스크립트");
            assertThat(token.expiresAt()).isNull();
            assertThat(token.canMakeTokens()).isTrue();
        });
        assertThat(test(view.tokens).size()).isEqualTo(2);
        int ends = view.tokens.getColumns().indexOf(view.tokens.getColumns().stream()
                .filter(column -> "Ends".equals(column.getHeaderText())).findFirst().orElseThrow());
        assertThat(test(view.tokens).getCellText(1, ends)).isNotEqualTo("when revoked");
        assertThat(test(view.tokens).getCellText(0, ends)).isEqualTo("when revoked");
    }
}
