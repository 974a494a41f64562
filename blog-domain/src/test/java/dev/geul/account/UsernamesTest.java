package dev.geul.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spelling of a name that opens an account counts as that account's name; other letters open nothing. */
class UsernamesTest {

    @Test
    void case_and_surrounding_spaces_fold_to_one_name() {
        assertThat(Usernames.key(" ADMIN ")).isEqualTo("admin");
        assertThat(Usernames.key("Admin")).isEqualTo(Usernames.key("admin"));
    }

    @Test
    void a_dotted_capital_i_is_not_another_spelling_of_i() {
        assertThat(Usernames.key("admİn")).isNotEqualTo("admin");
        assertThat(Usernames.key("admİn")).doesNotMatch(Account.USERNAME_PATTERN);
    }

    @Test
    void the_fold_does_not_depend_on_the_servers_language() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(Usernames.key("ADMIN")).isEqualTo("admin");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
