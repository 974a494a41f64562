package dev.geul.search.synonym;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Words that mean the same to readers, kept as one comma-separated line: {@code 남친, 남자친구}. */
@Entity
@Table(name = "search_synonym")
public class SynonymGroup {

    public static final int MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String words;

    @Version
    private long version;

    protected SynonymGroup() {
    }

    SynonymGroup(List<String> words) {
        this.words = line(words);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getWords() {
        return Arrays.stream(words.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    void setWords(List<String> newWords) {
        this.words = line(newWords);
    }

    private static String line(List<String> words) {
        return String.join(", ", words);
    }
}
