package dev.geul.ui.admin;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.ui.account.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Korean writer walks every page of the studio and meets no English: every text, label, placeholder, helper text,
 * tooltip and accessible name in the view tree, and the words the date pickers and uploads carry, are Korean, except
 * product and format names and what the writer typed.
 */
@SpringBootTest
class StudioSpeaksKoreanIT extends SpringBrowserlessTest {

    /** Names that stay as they are in a Korean sentence. */
    static final Set<String> PRODUCT_WORDS = Set.of("geul", "url", "api", "html", "rss", "atom", "csv", "wordpress",
            "tistory", "markdown", "wxr", "xml", "zip", "opensearch", "json", "png", "jpeg", "gif", "webp", "pdf",
            // the language switch names the other language in its own words; a date's format is shown as it is typed
            "english", "yyyy",
            // a key on the keyboard, and the header a tool sends its token in, as they are written
            "enter", "authorization", "bearer");
    /** The human-facing properties and attributes of Vaadin's elements. */
    static final List<String> SPOKEN = List.of("label", "placeholder", "helperText", "title", "errorMessage",
            "headerTitle", "header", "confirmText", "cancelText", "rejectText", "text", "accessibleName",
            "aria-label", "aria-description");
    static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Slugs, addresses, paths and environment variables: values, not words. */
    static final Pattern VALUE = Pattern.compile("\\S*[/@_]\\S*|[a-z0-9]+(?:-[a-z0-9]+)+|\\.[a-z]+");

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void every_page_of_the_studio_speaks_korean_to_a_korean_writer() {
        long postId = as(admin, () -> posts.create(PostDraft.of("서울 나들이", "<p>한강을 걸었다</p>")).id());
        signInAs(admin);
        List<String> english = new ArrayList<>();
        english.addAll(walk(navigate(PostsView.class)));
        english.addAll(walk(navigate("admin/posts/new", EditorView.class)));
        english.addAll(walk(navigate("admin/posts/" + postId, EditorView.class)));
        english.addAll(walk(navigate(CommentsView.class)));
        english.addAll(walk(navigate(CategoriesView.class)));
        english.addAll(walk(navigate(AccountsView.class)));
        english.addAll(walk(navigate(TokensView.class)));
        TransferView transfer = navigate(TransferView.class);
        english.addAll(walk(transfer));
        english.addAll(walk(navigate(SearchIndexView.class)));
        english.addAll(walk(navigate(SynonymsView.class)));
        BlogFixtures.signOut();
        english.addAll(walk(navigate(LoginView.class)));

        assertThat(english).as("English a Korean writer meets in the studio").isEmpty();
    }

    @Test
    void the_report_of_an_import_speaks_korean_to_a_korean_writer() {
        signInAs(admin);
        TransferView view = navigate(TransferView.class);

        test(view.upload).upload("export.xml", "application/xml",
                TransferViewIT.ARCHIVE.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        String report = view.report.getElement().getTextRecursively();
        assertThat(report).contains("글 1개, 페이지 1개, 댓글 1개")
                .contains("핑백과 트랙백 1개를 글을 언급한 곳으로 가져왔습니다.");
        assertThat(englishIn(report, "report")).as("English in the report").isEmpty();
    }

    /** The English words a writer meets on the page now shown: its frame, the view, and their pickers and uploads. */
    private List<String> walk(Component view) {
        String page = view.getClass().getSimpleName();
        List<String> found = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        collect(UI.getCurrent().getElement(), texts);
        UI.getCurrent().getChildren().forEach(child -> components(child, found, page, texts));
        texts.forEach(text -> found.addAll(englishIn(text, page)));
        return found;
    }

    private void components(Component component, List<String> found, String page, Set<String> texts) {
        switch (component) {
            case DateTimePicker picker -> {
                i18n(picker.getDatePickerI18n(), picker, found, page, texts);
                i18n(picker.getI18n(), picker, found, page, texts);
                // its date and time fields take their words from it
                return;
            }
            case DatePicker picker -> i18n(picker.getI18n(), picker, found, page, texts);
            case TimePicker picker -> i18n(picker.getI18n(), picker, found, page, texts);
            case Upload upload -> i18n(upload.getI18n(), upload, found, page, texts);
            case Grid<?> grid -> grid.getColumns().forEach(column -> texts.add(column.getHeaderText()));
            // without a name of its own, the drawer's toggle is read out in its web component's English
            case DrawerToggle toggle when toggle.getAriaLabel().isEmpty() ->
                    found.add(page + ": the menu toggle has no name (English)");
            default -> {
            }
        }
        component.getChildren().forEach(child -> components(child, found, page, texts));
    }

    /** A picker or upload without its words in the page's language speaks its web component's English. */
    private void i18n(Object words, Component owner, List<String> found, String page, Set<String> texts) {
        if (words == null) {
            found.add(page + ": " + owner.getClass().getSimpleName() + " has no translated words (English)");
        } else {
            strings(words, texts, 0);
        }
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String name : SPOKEN) {
            if (element.getPropertyRaw(name) instanceof String value) {
                texts.add(value);
            }
            if (element.hasAttribute(name)) {
                texts.add(element.getAttribute(name));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
        VirtualChildrenList virtual = element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .orElse(null);
        if (virtual != null) {
            for (StateNode node : (Iterable<StateNode>) virtual::iterator) {
                collect(Element.get(node), texts);
            }
        }
    }

    /** The strings an i18n object of Vaadin holds, through its getters. */
    private static void strings(Object words, Set<String> texts, int depth) {
        if (words == null || depth > 4) {
            return;
        }
        if (words instanceof String text) {
            texts.add(text);
            return;
        }
        if (words instanceof Collection<?> many) {
            many.forEach(one -> strings(one, texts, depth + 1));
            return;
        }
        if (!words.getClass().getName().startsWith("com.vaadin")) {
            return;
        }
        for (Method getter : words.getClass().getMethods()) {
            if (getter.getName().startsWith("get") && getter.getParameterCount() == 0
                    && !Modifier.isStatic(getter.getModifiers()) && getter.getDeclaringClass() != Object.class) {
                try {
                    strings(getter.invoke(words), texts, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private List<String> englishIn(String text, String page) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String words = VALUE.matcher(text.replace(admin.getUsername(), "").replace(admin.displayName(), ""))
                .replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (Matcher match = WORD.matcher(words); match.find(); ) {
            if (!PRODUCT_WORDS.contains(match.group().toLowerCase(Locale.ROOT))) {
                found.add(page + ": \"" + text.strip() + "\"");
                break;
            }
        }
        return found;
    }
}
