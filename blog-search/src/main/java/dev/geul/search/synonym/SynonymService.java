package dev.geul.search.synonym;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words readers use for one another, which an admin keeps: a search for any word of a group finds posts holding
 * any of them. Read when a query is, so a change counts at once on this node and within
 * {@value #RELOAD_SECONDS} seconds on others, without a reindex.
 */
@Service
@Transactional(readOnly = true)
public class SynonymService {

    public static final int MAX_WORD_LENGTH = 50;
    static final int RELOAD_SECONDS = 30;

    /** A group as the admin sees it. */
    public record Group(long id, long version, List<String> words) {

        static Group of(SynonymGroup group) {
            return new Group(group.getId(), group.getVersion(), group.getWords());
        }
    }

    private record Loaded(Map<String, List<String>> alternatives, Instant at) {
    }

    private final SynonymGroupRepository groups;
    private final Clock clock;
    /** Null until read, and after a change: the next query reads the groups again. */
    private volatile @Nullable Loaded loaded;

    SynonymService(SynonymGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Group> list() {
        return groups.findAllInOrder().stream().map(Group::of).toList();
    }

    /**
     * @param words the group's words, separated by commas: {@code 남친, 남자친구}
     * @throws InvalidInputException for fewer than two words, a word too long, or a word another group has
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Group add(String words) {
        SynonymGroup group = groups.save(new SynonymGroup(validWords(words, null)));
        loaded = null;
        return Group.of(group);
    }

    /** @throws InvalidInputException as {@link #add}, and when another admin changed the group first */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Group change(long id, long expectedVersion, String words) {
        SynonymGroup group = groups.findById(id).orElseThrow(() -> new NotFoundException("No such synonym group"));
        if (group.getVersion() != expectedVersion) {
            throw new InvalidInputException("words", "error.synonym.changed",
                    "Someone changed these synonyms meanwhile: " + String.join(", ", group.getWords()));
        }
        group.setWords(validWords(words, id));
        groups.flush();
        loaded = null;
        return Group.of(group);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        groups.deleteById(id);
        loaded = null;
    }

    /** The other words of the group {@code word} is in (남친 → 남자친구), any case; empty when it is in none. */
    @PreAuthorize("permitAll()")
    public List<String> alternativesOf(String word) {
        Loaded current = loaded;
        if (current == null || current.at().plusSeconds(RELOAD_SECONDS).isBefore(clock.instant())) {
            current = load();
        }
        return current.alternatives().getOrDefault(key(word), List.of());
    }

    private Loaded load() {
        Map<String, List<String>> alternatives = new HashMap<>();
        for (SynonymGroup group : groups.findAllInOrder()) {
            List<String> words = group.getWords();
            for (String word : words) {
                List<String> others = new ArrayList<>(words);
                others.remove(word);
                alternatives.put(key(word), List.copyOf(others));
            }
        }
        Loaded fresh = new Loaded(Map.copyOf(alternatives), clock.instant());
        loaded = fresh;
        return fresh;
    }

    /** @param groupId the group being changed, or null for a new one */
    private List<String> validWords(String text, @Nullable Long groupId) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String raw : (text == null ? "" : text).split("[,\\n]")) {
            String word = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (word.length() > MAX_WORD_LENGTH) {
                throw new InvalidInputException("words", "error.synonym.word.long",
                        "A word may have at most " + MAX_WORD_LENGTH + " characters", MAX_WORD_LENGTH);
            }
            if (!word.isEmpty()) {
                words.putIfAbsent(key(word), word);
            }
        }
        if (words.size() < 2) {
            throw new InvalidInputException("words", "error.synonym.few", "Give at least two words, separated by commas");
        }
        List<String> result = List.copyOf(words.values());
        if (String.join(", ", result).length() > SynonymGroup.MAX_LENGTH) {
            throw new InvalidInputException("words", "error.synonym.long",
                    "A group may have at most " + SynonymGroup.MAX_LENGTH + " characters", SynonymGroup.MAX_LENGTH);
        }
        for (SynonymGroup other : groups.findAllInOrder()) {
            if (other.getId().equals(groupId)) {
                continue;
            }
            for (String word : other.getWords()) {
                if (words.containsKey(key(word))) {
                    throw new InvalidInputException("words", "error.synonym.taken",
                            "“" + word + "” is already in another group: " + String.join(", ", other.getWords()),
                            word, String.join(", ", other.getWords()));
                }
            }
        }
        return result;
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
