package dev.geul.ui.base;

import java.util.Set;

import dev.geul.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class SessionErrorsTest {

    @Test
    void each_kind_of_error_gets_its_own_message_in_the_readers_language() {
        assertThat(SessionErrors.Handler.keyFor(new RuntimeException("wrapped",
                new InvalidInputException("title", "error.post.title", "A post needs a title")))).isEqualTo("error.invalid");
        assertThat(SessionErrors.Handler.keyFor(new jakarta.validation.ConstraintViolationException(Set.of())))
                .isEqualTo("error.invalid");
        assertThat(SessionErrors.Handler.keyFor(new AccessDeniedException("no"))).isEqualTo("error.denied");
        assertThat(SessionErrors.Handler.keyFor(new IllegalStateException("bug"))).isEqualTo("error.unexpected");
    }
}
