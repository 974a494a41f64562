package dev.geul;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.geul.base.Refusal;
import dev.geul.post.PostEditor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries the code keeps: views and reader pages talk to services, the domain knows nothing of the web or
 * search.
 */
class ArchitectureTest {

    /** The packages of what the blog does for people, as against its shared base. */
    static final String[] FEATURES = {"dev.geul.account..", "dev.geul.post..", "dev.geul.comment..",
            "dev.geul.category..", "dev.geul.transfer..", "dev.geul.site..", "dev.geul.stats..", "dev.geul.mail..",
            "dev.geul.webhook..", "dev.geul.media..", "dev.geul.search..", "dev.geul.reader..", "dev.geul.web..",
            "dev.geul.ui.admin..", "dev.geul.ui.appearance..", "dev.geul.ui.editor.."};

    /** The feature packages whose services views, reader pages and the API call. */
    static final String[] SERVICES = {"dev.geul.account..", "dev.geul.post..", "dev.geul.comment..",
            "dev.geul.category..", "dev.geul.transfer..", "dev.geul.site..", "dev.geul.stats..", "dev.geul.mail..",
            "dev.geul.webhook..", "dev.geul.media..", "dev.geul.search.."};

    /** Made by the code itself, not by the compiler's lambda plumbing (its {@code $deserializeLambda$}). */
    static final DescribedPredicate<JavaConstructorCall> ILLEGAL_ARGUMENT_WRITTEN_IN_CODE =
            DescribedPredicate.describe("an IllegalArgumentException is made", call ->
                    call.getTargetOwner().isAssignableTo(IllegalArgumentException.class)
                            && !call.getOrigin().getName().equals("$deserializeLambda$"));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.geul");
    }

    @Test
    void views_and_web_endpoints_never_reach_repositories() {
        noClasses().that().resideInAnyPackage("dev.geul.ui..", "dev.geul.web..", "dev.geul.security..",
                        "dev.geul.reader..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void reader_pages_are_not_built_from_the_studio_s_views() {
        noClasses().that().resideInAPackage("dev.geul.reader..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.geul.ui..", "com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void the_domain_depends_on_neither_ui_nor_search_nor_vaadin() {
        noClasses().that().resideInAnyPackage("dev.geul.account..", "dev.geul.post..", "dev.geul.comment..",
                        "dev.geul.category..", "dev.geul.base..", "dev.geul.transfer..", "dev.geul.site..",
                        "dev.geul.stats..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.geul.ui..", "dev.geul.web..", "dev.geul.reader..",
                        "dev.geul.search..", "dev.geul.security..", "com.vaadin..", "org.hibernate.search..")
                .check(classes);
    }

    @Test
    void import_and_export_sit_above_the_features_they_move() {
        noClasses().that().resideInAnyPackage("dev.geul.account..", "dev.geul.post..", "dev.geul.comment..",
                        "dev.geul.category..", "dev.geul.base..", "dev.geul.site..")
                .should().dependOnClassesThat().resideInAPackage("dev.geul.transfer..")
                .check(classes);
    }

    /**
     * Each archive format (WordPress's WXR, Tistory's backups, Markdown) reads and writes through the import engine
     * of {@code dev.geul.transfer} alone, so that one format can change or go without touching another; the engine
     * knows none of them.
     */
    @Test
    void archive_formats_depend_on_the_import_engine_not_on_each_other() {
        slices().matching("dev.geul.transfer.(*)..").should().notDependOnEachOther().check(classes);
        noClasses().that().resideInAPackage("dev.geul.transfer")
                .should().dependOnClassesThat().resideInAnyPackage("dev.geul.transfer.*..")
                .check(classes);
    }

    @Test
    void search_depends_on_neither_ui_nor_web() {
        noClasses().that().resideInAPackage("dev.geul.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.geul.ui..", "dev.geul.web..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void every_way_to_change_a_post_says_who_may_use_it() {
        methods().that().areDeclaredIn(PostEditor.class).and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("dev.geul.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void ui_feature_packages_have_no_cycles() {
        slices().matching("dev.geul.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * A feature refuses what a person sent with a keyed {@link Refusal}, which every view and the API can say in the
     * reader's language, never with a bare {@code IllegalArgumentException} that would reach them in English or
     * as a class name. Settings read at start-up ({@code @ConfigurationProperties}) and values guarding their own
     * invariants (records) may still refuse a programmer's mistake that way.
     */
    @Test
    void features_refuse_input_with_a_keyed_refusal_not_an_illegal_argument() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .and().areNotAnnotatedWith(ConfigurationProperties.class).and().areNotRecords()
                .should().callConstructorWhere(ILLEGAL_ARGUMENT_WRITTEN_IN_CODE)
                .because("a refusal carries a message key, its arguments and its field (dev.geul.base.Refusal)")
                .check(classes);
    }

    @Test
    void every_refusal_is_one_of_the_kinds_the_api_and_the_views_answer() {
        classes().that().areAssignableTo(RuntimeException.class).and().haveSimpleNameEndingWith("Exception")
                .and().resideInAnyPackage(SERVICES)
                .should().beAssignableTo(Refusal.class)
                .because("a service's refusal is invalid input, not found, a conflict, rate limited or unavailable")
                .check(classes);
    }
}
