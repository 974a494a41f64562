package dev.geul.category;

import dev.geul.account.BlogUser;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CategoryServiceIT {

    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
    }

    @Test
    void the_admin_form_gets_a_category_back_with_its_sort_order_and_parent() {
        long parent = as(admin, () -> categories.create(new CategoryDraft("개발"))).id();
        long child = as(admin, () -> categories.create(new CategoryDraft("자바", "java", "JVM 이야기", parent, 7))).id();

        CategoryDraft draft = as(admin, () -> categories.draftOf(child));

        assertThat(draft).isEqualTo(new CategoryDraft("자바", "java", "JVM 이야기", parent, 7));
    }

    @Test
    void authors_cannot_read_the_admin_form() {
        long id = as(admin, () -> categories.create(new CategoryDraft("일상"))).id();

        assertThatThrownBy(() -> as(fixtures.author("alice"), () -> categories.draftOf(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
