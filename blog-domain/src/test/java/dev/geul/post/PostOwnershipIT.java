package dev.geul.post;

import java.util.List;

import dev.geul.account.BlogUser;
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
class PostOwnershipIT {

    @Autowired
    PostOwnership ownership;
    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    BlogFixtures fixtures;

    BlogUser admin;
    BlogUser alice;
    BlogUser imported;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
        alice = fixtures.author("alice");
        imported = fixtures.author("tistory-writer");
    }

    private PostDetail publish(BlogUser author, String title) {
        return as(author, () -> posts.publish(posts.create(PostDraft.of(title, "<p>본문</p>")).id()));
    }

    private String signature(PostDetail post) {
        return asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow().authorName();
    }

    @Test
    void an_admin_gives_chosen_posts_to_their_writer_who_can_then_edit_them() {
        PostDetail first = publish(admin, "가져온 글 하나");
        PostDetail second = publish(admin, "가져온 글 둘");
        PostDetail kept = publish(admin, "관리자 글");

        int moved = as(admin, () -> ownership.give(List.of(first.id(), second.id()), alice.accountId()));

        assertThat(moved).isEqualTo(2);
        assertThat(signature(first)).isEqualTo("Alice");
        assertThat(signature(second)).isEqualTo("Alice");
        assertThat(signature(kept)).isEqualTo("Root");
        PostDetail edited = as(alice, () -> posts.update(first.id(), first.version(),
                PostDraft.of("이제 내 글", "<p>고쳤다</p>")));
        assertThat(edited.title()).isEqualTo("이제 내 글");
    }

    @Test
    void an_admin_gives_every_post_of_an_imported_writer_to_an_account() {
        PostDetail one = publish(imported, "하나");
        PostDetail two = publish(imported, "둘");
        as(imported, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));
        PostDetail alicesOwn = publish(alice, "원래 앨리스 글");

        int moved = as(admin, () -> ownership.giveAll(imported.accountId(), alice.accountId()));

        assertThat(moved).isEqualTo(3);
        assertThat(signature(one)).isEqualTo("Alice");
        assertThat(signature(two)).isEqualTo("Alice");
        assertThat(signature(alicesOwn)).isEqualTo("Alice");
        assertThat(as(admin, () -> ownership.giveAll(imported.accountId(), alice.accountId()))).isZero();
    }

    @Test
    void only_admins_give_posts_away() {
        PostDetail post = publish(alice, "앨리스 글");

        assertThatThrownBy(() -> as(alice, () -> ownership.give(List.of(post.id()), imported.accountId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(imported, () -> ownership.giveAll(alice.accountId(), imported.accountId())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(signature(post)).isEqualTo("Alice");
    }
}
