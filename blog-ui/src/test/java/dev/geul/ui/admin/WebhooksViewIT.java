package dev.geul.ui.admin;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.testing.BlogFixtures;
import dev.geul.webhook.WebhookEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin registers a webhook in the studio and sees its secret once; a refused address says why. */
@SpringBootTest
class WebhooksViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        jdbc.execute("truncate webhook cascade");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(fixtures.admin());
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void a_registered_endpoint_is_listed_and_its_secret_shown_once() {
        WebhooksView view = navigate(WebhooksView.class);
        view.url.setValue("https://198.51.101.7/hook");
        view.events.setValue(Set.of(WebhookEvent.POST_PUBLISHED));
        test(view.add).click();

        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getValue()).startsWith("whsec_");
        assertThat(view.endpoints.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(hook -> assertThat(hook.url()).isEqualTo("https://198.51.101.7/hook"));

        navigate(MailView.class);
        WebhooksView again = navigate(WebhooksView.class);
        assertThat(again.secret.isVisible()).isFalse();
    }

    @Test
    void an_address_in_a_private_network_is_refused_with_the_setting_that_allows_it() {
        WebhooksView view = navigate(WebhooksView.class);
        view.url.setValue("http://10.1.2.3/hook");
        view.events.setValue(Set.of(WebhookEvent.COMMENT_ADDED));
        test(view.add).click();

        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("BLOG_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true");
        assertThat(view.endpoints.getGenericDataView().getItems().count()).isZero();
    }
}
