package dev.geul.ui.admin;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.geul.account.AccountService;
import dev.geul.account.AuthorProfile;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ProfileViewIT extends SpringBrowserlessTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    AccountService accounts;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        alice = fixtures.author("alice");
        signInAs(alice);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void the_studio_menu_leads_to_the_profile() {
        navigate(ProfileView.class);

        assertThat($(SideNavItem.class).all()).anySatisfy(item -> {
            assertThat(item.getLabel()).isEqualTo("Profile");
            assertThat(item.getPath()).isEqualTo("admin/profile");
        });
    }

    @Test
    void a_writer_sets_name_picture_and_bio_and_readers_see_them_with_the_post_at_once() throws Exception {
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("Looking back", "<p>본문</p>")).id()));
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.form.displayName.getValue()).isEqualTo("Alice");
        assertThat(view.form.picture.isVisible()).isFalse();

        test(view.form.displayName).setValue("김앨리스");
        view.form.storePicture(new ByteArrayInputStream(PNG)).run();
        test(view.form.bio).setValue("서울에서 글을 씁니다.");
        test(view.save).click();

        AuthorProfile saved = accounts.publicProfile(alice.accountId()).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("김앨리스");
        assertThat(saved.avatarPath()).matches("/media/\\d{4}/\\d{2}/[0-9a-f]{32}\\.png");
        assertThat(saved.bio()).isEqualTo("서울에서 글을 씁니다.");
        assertThat($(Span.class).all()).anySatisfy(span ->
                assertThat(span.getText()).isEqualTo("Signed in as 김앨리스"));

        // the card readers see under the post: ReaderPagesIT
    }

    @Test
    void a_file_that_is_no_picture_and_a_blank_name_are_refused_and_nothing_changes() throws Exception {
        ProfileView view = navigate(ProfileView.class);

        view.form.storePicture(new ByteArrayInputStream("<svg onload=alert(1)>".getBytes())).run();
        assertThat(view.form.pictureError.isVisible()).isTrue();
        assertThat(view.form.pictureError.getText()).isEqualTo("Only PNG, JPEG, GIF and WebP images can be uploaded.");
        assertThat(view.form.picture.isVisible()).isFalse();

        test(view.form.displayName).setValue(" ");
        test(view.save).click();

        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(view.form.displayName.getErrorMessage()).isEqualTo("Give a name readers will see.");
        assertThat(accounts.publicProfile(alice.accountId()).orElseThrow().displayName()).isEqualTo("Alice");
    }

    @Test
    void the_bio_field_holds_no_more_than_the_service_keeps() {
        ProfileView view = navigate(ProfileView.class);

        assertThat(view.form.bio.getMaxLength()).isEqualTo(dev.geul.account.Account.BIO_MAX_LENGTH);
        assertThat(view.form.bio.getHelperText()).contains(Integer.toString(dev.geul.account.Account.BIO_MAX_LENGTH));
    }
}
