package dev.geul.base;

import java.util.List;
import java.util.Set;

import dev.geul.comment.NewComment;
import dev.geul.post.Post;
import dev.geul.post.PostDraft;
import dev.geul.post.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViolationsTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static <T> ConstraintViolationException refused(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        assertThat(violations).as("violations of " + input).isNotEmpty();
        return new ConstraintViolationException(violations);
    }

    @Test
    void a_refusal_names_its_field_the_key_its_constraint_gives_and_the_limit() {
        PostDraft draft = PostDraft.of(" ", "<p>x</p>").withExcerpt("요".repeat(Post.EXCERPT_MAX_LENGTH + 1));

        List<InvalidInputException> refusals = Violations.refusals(refused(draft));

        assertThat(refusals).extracting(InvalidInputException::field).containsExactly("excerpt", "title");
        assertThat(refusals).extracting(InvalidInputException::key)
                .containsExactly("error.post.excerpt.long", "error.post.title");
        assertThat(refusals.getFirst().args()).containsExactly(Post.EXCERPT_MAX_LENGTH, 0);
        assertThat(refusals.getLast().args()).isEmpty();
    }

    @Test
    void a_tag_is_refused_by_the_list_it_is_in() {
        InvalidInputException refused = InvalidInputException.of(refused(PostDraft.of("제목", "<p>x</p>")
                .withTags(List.of("가".repeat(Tag.NAME_MAX_LENGTH + 1)))));

        assertThat(refused.field()).isEqualTo("tags");
        assertThat(refused.key()).isEqualTo("error.post.tag.long");
    }

    @Test
    void a_constraint_without_a_key_gets_the_key_of_its_kind() {
        record Unnamed(@NotNull String required, @Size(min = 2, max = 4) String sized) {
        }

        List<InvalidInputException> refusals = Violations.refusals(refused(new Unnamed(null, "x")));

        assertThat(refusals).extracting(InvalidInputException::key)
                .containsExactly(Violations.FIELD_REQUIRED, Violations.FIELD_SIZE);
        assertThat(refusals.getLast().args()).containsExactly(4, 2);
    }

    @Test
    void the_summary_reads_each_field_once() {
        String summary = Violations.summary(refused(NewComment.guest("가".repeat(200), "pw1234", " ")));

        assertThat(summary).startsWith("authorName: ").contains("; body: ");
    }

    @Test
    void only_a_key_of_our_own_counts_as_a_key() {
        assertThat(Violations.keyOf("{error.post.title}")).isEqualTo("error.post.title");
        assertThat(Violations.keyOf("{jakarta.validation.constraints.NotBlank.message}")).isNull();
        assertThat(Violations.keyOf("A post needs a title")).isNull();
    }
}
