package dev.geul.ui.admin;

import java.time.ZoneId;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal is said beside the field it is about, or over the editor when no field is; a new save clears them. */
class FieldErrorsTest extends BrowserlessTest {

    TextField title;
    PostSettings settings;
    FieldErrors errors;

    @BeforeEach
    void place() {
        title = new TextField();
        settings = new PostSettings(ZoneId.of("Asia/Seoul"));
        UI.getCurrent().add(title, settings);
        errors = new FieldErrors(title, settings);
    }

    @Test
    void a_refusal_of_a_field_is_said_beside_it_and_cleared_before_the_next_save() {
        errors.show("title", "제목을 써 주세요");
        errors.show("slug", "이미 쓰는 주소입니다");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("제목을 써 주세요");
        assertThat(settings.slug.isInvalid()).isTrue();
        assertThat(settings.slug.getErrorMessage()).isEqualTo("이미 쓰는 주소입니다");
        assertThat($(Notification.class).all()).isEmpty();

        errors.clear();

        assertThat(title.isInvalid()).isFalse();
        assertThat(settings.slug.isInvalid()).isFalse();
        assertThat(settings.slug.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void a_refusal_of_no_field_on_the_page_is_said_over_the_editor() {
        errors.show("author", "글쓴이를 바꿀 수 없습니다");

        assertThat(test($(Notification.class).single()).getText()).isEqualTo("글쓴이를 바꿀 수 없습니다");
    }
}
