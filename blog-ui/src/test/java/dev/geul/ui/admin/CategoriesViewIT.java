package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.geul.account.BlogUser;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CategoriesViewIT extends SpringBrowserlessTest {

    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(admin);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_creates_a_category_inside_another_then_renames_it_keeping_its_order() {
        long parent = categories.create(new CategoryDraft("개발")).id();
        CategoriesView view = navigate(CategoriesView.class);

        CategoriesView.CategoryForm form = view.openForm(null);
        roundTrip();
        test(form.name).setValue("자바");
        test(form.parent).selectItem("개발");
        test(form.sortOrder).setValue(3);
        test(form.save).click();

        CategoryNode java = CategoryNode.flatten(categories.tree()).stream()
                .filter(node -> node.name().equals("자바")).findFirst().orElseThrow();
        assertThat(java.parentId()).isEqualTo(parent);

        CategoriesView.CategoryForm edit = view.openForm(java);
        roundTrip();
        assertThat(edit.sortOrder.getValue()).isEqualTo(3);
        test(edit.name).setValue("Java");
        test(edit.save).click();

        assertThat(categories.draftOf(java.id())).satisfies(draft -> {
            assertThat(draft.name()).isEqualTo("Java");
            assertThat(draft.sortOrder()).isEqualTo(3);
            assertThat(draft.parentId()).isEqualTo(parent);
        });
    }

    @Test
    void a_category_cannot_be_moved_below_itself_and_deleting_asks_first() {
        long parent = categories.create(new CategoryDraft("개발")).id();
        categories.create(new CategoryDraft("자바").withParent(parent));
        CategoriesView view = navigate(CategoriesView.class);

        CategoryNode top = categories.tree().getFirst();
        CategoriesView.CategoryForm form = view.openForm(top);
        roundTrip();
        assertThat(form.parent.getListDataView().getItems()).extracting(CategoryNode::name).isEmpty();
        form.close();
        roundTrip();

        test(view.tree).select(0);
        test(view.delete).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(categories.tree()).extracting(CategoryNode::name).containsExactly("자바");
    }

    @Test
    void authors_do_not_get_the_category_editor() {
        signInAs(fixtures.author("alice"));

        navigate("admin/categories", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(CategoriesView.class);
    }
}
