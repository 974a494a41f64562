package dev.geul.search;

import java.time.Clock;
import java.util.List;

import dev.geul.base.InvalidInputException;
import dev.geul.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over posts, pages and their approved comments, aware of how Korean glues particles to words, and what
 * it makes of a query that finds nothing as typed: the policy of rescue ({@link QueryRescue}) and of who may find
 * what; the query itself is {@link IndexQuery}'s.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** How many times as many posts a likelier query must find to be offered beside what was found as typed. */
    static final int LIKELIER_FINDS = 5;

    private final IndexQuery index;
    private final QueryRescue rescue;
    private final Clock clock;

    SearchService(IndexQuery index, QueryRescue rescue, Clock clock) {
        this.index = index;
        this.rescue = rescue;
        this.clock = clock;
    }

    /**
     * What readers may find: live posts and pages (published, or scheduled and due; not trashed) with public
     * visibility. Anyone may call it.
     *
     * @return an empty result for a blank query or filters that match nothing
     * @throws InvalidInputException when the query is longer than {@value #MAX_QUERY_LENGTH} characters
     * @throws SearchUnavailableException when the search index does not answer (a search cluster that is down)
     */
    @PreAuthorize("permitAll()")
    public dev.geul.search.SearchResult search(SearchQuery query) {
        return run(query, SearchScope.readers(clock.instant()));
    }

    /**
     * The management views' search: every post of the caller whatever its status or visibility (admins: every
     * post), except those in the trash. Authors and admins only.
     *
     * @throws InvalidInputException as {@link #search}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public dev.geul.search.SearchResult searchManaged(SearchQuery query) {
        Long owner = CurrentUser.isAdmin() ? null
                : CurrentUser.accountId().orElseThrow(() -> new AccessDeniedException("Sign in to search your posts"));
        return run(query, SearchScope.managedBy(owner));
    }

    /**
     * The query as typed; when no post holds every word, the first reading of it that one does (initial
     * consonants, the keyboard in the other mode, a typo), saying so; else what the query found as typed. A
     * reader's query with a word no post holds, found only through parts of it (영돠 through 영), is read
     * corrected when that finds more or the correction is a common word of the blog (데화 → 대화); one with a
     * word few posts hold is offered the likelier word beside its hits (시람: did you mean 사람?).
     */
    private dev.geul.search.SearchResult run(SearchQuery query, SearchScope scope) {
        IndexQuery.Attempt asTyped = index.attempt(query, scope);
        if (query.text() == null || query.text().isBlank()) {
            return asTyped.result();
        }
        String text = query.text().strip();
        if (!asTyped.everyWordFound()) {
            for (String reading : rescue.readings(text)) {
                IndexQuery.Attempt rescued = index.attempt(query.withText(reading), scope);
                if (rescued.everyWordFound()) {
                    return rescued.result().rescuedAs(reading, rescue.otherWordsWithInitials(text, reading));
                }
            }
        } else if (scope.readers()) {
            String corrected = rescue.corrected(text);
            if (corrected != null) {
                IndexQuery.Attempt rescued = index.attempt(query.withText(corrected), scope);
                // the typo's pieces may be in many unrelated posts: a common word one letter away is still meant
                if (rescued.everyWordFound() && (rescued.result().total() > asTyped.result().total()
                        || rescue.correctsToCommonWords(text))) {
                    return rescued.result().rescuedAs(corrected, List.of());
                }
            }
            String likelier = rescue.likelier(text);
            if (likelier != null) {
                IndexQuery.Attempt other = index.attempt(query.withText(likelier), scope);
                if (other.everyWordFound() && other.result().total() >= LIKELIER_FINDS * asTyped.result().total()) {
                    return asTyped.result().offering(likelier);
                }
            }
        }
        return asTyped.result();
    }
}
