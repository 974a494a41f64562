package dev.geul.search.testing;

import java.util.List;

import dev.geul.testing.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quoted_commas_quotes_and_crlf() {
        assertThat(Csv.parse("Q,A,label\r\n\"안녕, 친구\",\"그는 \"\"좋아\"\"라고 했다\",0\r\n빈칸,,1\r\n"))
                .containsExactly(List.of("Q", "A", "label"), List.of("안녕, 친구", "그는 \"좋아\"라고 했다", "0"),
                        List.of("빈칸", "", "1"));
    }

    @Test
    void the_shared_chatbot_corpus_has_three_columns_on_every_row() {
        List<List<String>> rows = Csv.parse(SharedData.read("korean-chatbot-qa.csv"));

        assertThat(rows.getFirst()).containsExactly("Q", "A", "label");
        assertThat(rows).hasSize(11_824).allSatisfy(row -> assertThat(row).hasSize(3));
        assertThat(rows.stream().filter(row -> row.get(0).contains(",") || row.get(1).contains(","))).hasSize(75);
    }
}
