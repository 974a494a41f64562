package dev.geul;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.geul.post.PostEditor;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries the code keeps: views and reader pages talk to services, the domain knows nothing of the web or
 * search.
 */
class ArchitectureTest {

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
}
