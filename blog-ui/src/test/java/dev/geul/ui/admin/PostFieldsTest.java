package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.post.PostKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A post's fields in the editor: the address follows the title until it is the author's, and filling is no edit. */
class PostFieldsTest extends BrowserlessTest {

    PostFields fields;
    /** Each edit the author made, true when it was beside the text. */
    final List<Boolean> edits = new ArrayList<>();

    @BeforeEach
    void place() {
        fields = new PostFields(new HtmlSanitizer(), null, new PostSettings(ZoneId.of("Asia/Seoul")));
        UI.getCurrent().add(new Div(fields.title, fields.content, fields.settings));
        fields.title.addValueChangeListener(e -> fields.followTitle(false));
        fields.onEdit(edits::add);
    }

    @Test
    void a_new_drafts_address_follows_its_title() {
        fields.show(PostForm.blank(), null, false, false);

        test(fields.title).setValue("쿠버네티스 입문기");

        assertThat(fields.settings.slug.getValue()).isEqualTo(Slugs.slugify("쿠버네티스 입문기"));
        assertThat(fields.draft(PostKind.POST).slug()).isEqualTo(Slugs.slugify("쿠버네티스 입문기"));
    }

    @Test
    void an_address_the_author_typed_stays_when_the_title_changes() {
        fields.show(PostForm.blank(), null, false, false);

        test(fields.settings.slug).setValue("my-own-address");
        test(fields.title).setValue("다른 제목");

        assertThat(fields.settings.slug.getValue()).isEqualTo("my-own-address");
    }

    @Test
    void a_stored_posts_own_address_stays_and_a_published_posts_address_never_follows() {
        PostForm stored = PostForm.blank();
        stored.setTitle("회고");
        stored.setSlug("retrospective-2024");
        fields.show(stored, null, false, true);

        test(fields.title).setValue("2024년 회고");
        assertThat(fields.settings.slug.getValue()).isEqualTo("retrospective-2024");

        fields.show(PostForm.blank(), null, false, false);
        fields.keepSlug();
        test(fields.title).setValue("새 제목");
        assertThat(fields.settings.slug.getValue()).isEmpty();
    }

    @Test
    void showing_what_the_server_holds_is_not_an_edit_and_the_authors_changes_are() {
        PostForm stored = PostForm.blank();
        stored.setTitle("회고");
        stored.setContentHtml("<p>본문</p>");
        fields.show(stored, null, false, false);
        fields.showSlug("hoego-2");

        assertThat(edits).isEmpty();
        assertThat(fields.draft(PostKind.POST).title()).isEqualTo("회고");
        assertThat(fields.draft(PostKind.POST).contentHtml()).isEqualTo("<p>본문</p>");
        assertThat(fields.draft(PostKind.POST).slug()).isEqualTo("hoego-2");

        test(fields.title).setValue("회고, 다시");

        assertThat(edits).containsExactly(true);
        assertThat(fields.titleBlank()).isFalse();
    }
}
