package dev.geul.ui.admin;

import java.util.Set;

import dev.geul.post.PostDraft;
import dev.geul.post.PostKind;
import dev.geul.post.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostFormTest {

    @Test
    void a_blank_form_is_a_public_post_open_to_comments_with_nothing_given() {
        PostDraft draft = PostForm.blank().toDraft(PostKind.POST);

        assertThat(draft.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(draft.commentsOpen()).isTrue();
        assertThat(draft.slug()).isNull();
        assertThat(draft.excerpt()).isNull();
        assertThat(draft.tags()).isEmpty();
    }

    @Test
    void a_password_is_sent_only_for_a_protected_post_and_tags_in_order() {
        PostForm form = PostForm.blank();
        form.setTitle("  제목  ");
        form.setPassword(" 비밀 ");
        form.setTags(Set.of("회사", "개발"));

        assertThat(form.toDraft(PostKind.POST).password()).isNull();
        form.setVisibility(Visibility.PASSWORD);
        PostDraft draft = form.toDraft(PostKind.POST);

        assertThat(draft.password()).isEqualTo("비밀");
        assertThat(draft.title()).isEqualTo("제목");
        assertThat(draft.tags()).containsExactly("개발", "회사");
        assertThat(draft.kind()).isEqualTo(PostKind.POST);
    }

    @Test
    void a_page_is_sent_with_its_parent_and_place_in_the_navigation_but_no_category_or_tags() {
        PostForm form = PostForm.blank();
        form.setTitle("연락처");
        form.setCategoryId(3L);
        form.setTags(Set.of("회사"));
        form.setSticky(true);
        form.setParentId(7L);
        form.setMenuOrder(2);

        PostDraft page = form.toDraft(PostKind.PAGE);
        PostDraft post = form.toDraft(PostKind.POST);

        assertThat(page.kind()).isEqualTo(PostKind.PAGE);
        assertThat(page.parentId()).isEqualTo(7L);
        assertThat(page.menuOrder()).isEqualTo(2);
        assertThat(page.categoryId()).isNull();
        assertThat(page.tags()).isEmpty();
        assertThat(page.sticky()).isFalse();
        assertThat(post.parentId()).isNull();
        assertThat(post.menuOrder()).isNull();
        assertThat(post.categoryId()).isEqualTo(3L);
    }

    @Test
    void drafts_that_say_the_same_are_equal_once_normalized() {
        PostDraft typed = PostDraft.of("제목", "<p>x</p>").withSlug("  ").withExcerpt("")
                .withVisibility(Visibility.PUBLIC, "잊힌 비밀번호");
        PostDraft stored = PostDraft.of("제목", "<p>x</p>");

        assertThat(PostForm.normalized(typed)).isEqualTo(PostForm.normalized(stored));
    }
}
