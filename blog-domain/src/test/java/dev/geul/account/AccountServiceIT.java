package dev.geul.account;

import dev.geul.base.InvalidInputException;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AccountServiceIT {

    static final String PICTURE = "/media/2026/12/0123456789abcdef0123456789abcdef.png";

    @Autowired
    AccountService accounts;
    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    BlogFixtures fixtures;

    BlogUser alice;
    BlogUser bob;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        alice = fixtures.author("alice");
        bob = fixtures.author("bob");
    }

    @Test
    void a_writer_renames_themselves_and_their_posts_are_signed_with_the_new_name_at_once() {
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));

        as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("  김앨리스 ", PICTURE, " 서울에서 글을 씁니다.\r\n개발자. ")));

        assertThat(asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow().authorName())
                .isEqualTo("김앨리스");
        AuthorProfile profile = asGuest(() -> accounts.publicProfile(alice.accountId())).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("김앨리스");
        assertThat(profile.avatarPath()).isEqualTo(PICTURE);
        assertThat(profile.bio()).isEqualTo("서울에서 글을 씁니다.\n개발자.");
    }

    @Test
    void blank_picture_and_bio_are_stored_as_none() {
        as(alice, () -> accounts.changeProfile(alice.accountId(), new ProfileChange("Alice", PICTURE, "소개")));

        as(alice, () -> accounts.changeProfile(alice.accountId(), new ProfileChange("Alice", "", "  ")));

        AuthorProfile profile = accounts.publicProfile(alice.accountId()).orElseThrow();
        assertThat(profile.avatarPath()).isNull();
        assertThat(profile.bio()).isNull();
    }

    @Test
    void only_the_owner_or_an_admin_changes_a_profile() {
        assertThatThrownBy(() -> as(bob, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("가짜 앨리스", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asGuest(() -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("가짜 앨리스", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.publicProfile(alice.accountId()).orElseThrow().displayName()).isEqualTo("Alice");

        as(fixtures.admin(), () -> accounts.changeProfile(alice.accountId(), new ProfileChange("앨리스", null, "관리자가 씀")));

        assertThat(accounts.publicProfile(alice.accountId()).orElseThrow().displayName()).isEqualTo("앨리스");
    }

    @Test
    void a_picture_from_elsewhere_a_blank_name_and_a_long_bio_are_refused() {
        assertThatThrownBy(() -> as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("Alice", "https://tracker.example/pixel.png", null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("avatarPath");
        assertThatThrownBy(() -> as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("Alice", "/media/../../etc/passwd", null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange(" ", null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("Alice", null, "가".repeat(Account.BIO_MAX_LENGTH + 1)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bio");

        as(alice, () -> accounts.changeProfile(alice.accountId(),
                new ProfileChange("Alice", null, "가".repeat(Account.BIO_MAX_LENGTH))));
        assertThat(accounts.publicProfile(alice.accountId()).orElseThrow().bio()).hasSize(Account.BIO_MAX_LENGTH);
    }
}
