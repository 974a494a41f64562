package dev.geul.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import dev.geul.base.Permalinks;
import dev.geul.account.CurrentUser;
import dev.geul.category.Category;
import dev.geul.category.CategoryRepository;
import dev.geul.post.CommentCounts;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.Tag;
import dev.geul.post.TagRepository;
import dev.geul.post.Visibility;
import dev.geul.search.analysis.WordStems;
import dev.geul.search.mapping.PostIndex;
import dev.geul.search.synonym.SynonymService;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over posts, pages and their approved comments, aware of how Korean glues particles to
 * words.
 *
 * <p>Each query word must match, through nori (회사에서 → 회사) or as the start of a Hangul word (쿠버네티스 in
 * 쿠버네티스를, even when nori does not know the word). When no post holds every word, posts holding some of them
 * come back, those holding more first. Title matches weigh more than text, text more than comments.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /**
     * Pages past this many hits get none (but the total and facets): every hit of even the commonest word on a
     * blog of about 100,000 posts can be paged through, and a request for page 100,000 costs no more than that.
     */
    static final int MAX_RESULT_WINDOW = 100_000;
    static final int MAX_FACETS = 20;
    /** How many times as many posts a likelier query must find to be offered beside what was found as typed. */
    static final int LIKELIER_FINDS = 5;
    /** What a synonym's match scores: below what the word typed scores wherever it is found. */
    static final float SYNONYM_SCORE = 0.01f;

    private static final AggregationKey<Map<Long, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<Long, Long>> TAGS = AggregationKey.of("tags");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

    private final EntityManager entityManager;
    private final QueryWords queryWords;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final CommentCounts commentCounts;
    private final Clock clock;
    private final QueryRescue rescue;
    private final SynonymService synonyms;
    private final WordStems stems;

    SearchService(EntityManager entityManager, QueryWords queryWords, CategoryRepository categories,
                  TagRepository tags, CommentCounts commentCounts, Clock clock, QueryRescue rescue,
                  SynonymService synonyms, WordStems stems) {
        this.entityManager = entityManager;
        this.queryWords = queryWords;
        this.rescue = rescue;
        this.synonyms = synonyms;
        this.stems = stems;
        this.categories = categories;
        this.tags = tags;
        this.commentCounts = commentCounts;
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
        return run(query, Scope.readers(clock.instant()));
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
        return run(query, Scope.managedBy(owner));
    }

    // ---------------------------------------------------------------- the query

    /**
     * The query as typed; when no post holds every word, the first reading of it that one does (initial
     * consonants, the keyboard in the other mode, a typo), saying so; else what the query found as typed. A
     * reader's query with a word no post holds, found only through parts of it (영돠 through 영), is read
     * corrected when that finds more or the correction is a common word of the blog (데화 → 대화); one with a
     * word few posts hold is offered the likelier word beside its hits (시람: did you mean 사람?).
     */
    private dev.geul.search.SearchResult run(SearchQuery query, Scope scope) {
        Attempt asTyped = attempt(query, scope);
        if (query.text() == null || query.text().isBlank()) {
            return asTyped.result();
        }
        String text = query.text().strip();
        if (!asTyped.everyWordFound()) {
            for (String reading : rescue.readings(text)) {
                Attempt rescued = attempt(query.withText(reading), scope);
                if (rescued.everyWordFound()) {
                    return rescued.result().rescuedAs(reading, rescue.otherWordsWithInitials(text, reading));
                }
            }
        } else if (scope.readers()) {
            String corrected = rescue.corrected(text);
            if (corrected != null) {
                Attempt rescued = attempt(query.withText(corrected), scope);
                // the typo's pieces may be in many unrelated posts: a common word one letter away is still meant
                if (rescued.everyWordFound() && (rescued.result().total() > asTyped.result().total()
                        || rescue.correctsToCommonWords(text))) {
                    return rescued.result().rescuedAs(corrected, List.of());
                }
            }
            String likelier = rescue.likelier(text);
            if (likelier != null) {
                Attempt other = attempt(query.withText(likelier), scope);
                if (other.everyWordFound() && other.result().total() >= LIKELIER_FINDS * asTyped.result().total()) {
                    return asTyped.result().offering(likelier);
                }
            }
        }
        return asTyped.result();
    }

    /** @param everyWordFound whether some post holds every word of the query (not only some of them) */
    private record Attempt(dev.geul.search.SearchResult result, boolean everyWordFound) {

        static final Attempt NOTHING = new Attempt(dev.geul.search.SearchResult.empty(), false);
    }

    private Attempt attempt(SearchQuery query, Scope scope) {
        String text = validate(query.text());
        if (text == null) {
            return Attempt.NOTHING;
        }
        List<QueryWords.Word> words = queryWords.parse(text).stream()
                .map(word -> word.withSynonyms(synonymsOf(word))).toList();
        Filters filters = filters(query);
        if (words.isEmpty() || filters.matchesNothing()) {
            return Attempt.NOTHING;
        }
        int size = query.size() <= 0 ? DEFAULT_PAGE_SIZE : Math.min(query.size(), MAX_PAGE_SIZE);
        long requested = (long) Math.max(query.page(), 0) * size;
        int offset = requested < MAX_RESULT_WINDOW ? (int) requested : 0;
        if (requested >= MAX_RESULT_WINDOW) {
            size = 0;
        }
        SearchSort sort = query.sort() == null ? SearchSort.RELEVANCE : query.sort();

        try {
            SearchResult<Object[]> result = execute(words, true, scope, filters, sort, offset, size);
            boolean everyWord = result.total().hitCount() > 0;
            if (!everyWord && words.size() > 1) {
                result = execute(words, false, scope, filters, sort, offset, size);
            }
            return new Attempt(toResult(result, markedWords(words)), everyWord);
        } catch (org.hibernate.search.util.common.SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /** The admin's synonyms of the word as typed or of the noun it starts with (남친이 → 남친 → 남자친구). */
    private List<QueryWords.Word> synonymsOf(QueryWords.Word word) {
        Set<String> alternatives = new LinkedHashSet<>(synonyms.alternativesOf(word.text()));
        String stem = stems.stemOf(word.text());
        if (stem != null) {
            alternatives.addAll(synonyms.alternativesOf(stem));
        }
        return alternatives.stream().map(queryWords::synonym).toList();
    }

    /** What snippets mark: each word as typed (when Hangul) and what nori made of it. */
    private static Set<String> markedWords(List<QueryWords.Word> words) {
        Set<String> marked = new LinkedHashSet<>();
        for (QueryWords.Word word : words) {
            if (word.hangul() != null) {
                marked.add(word.hangul());
            }
            marked.addAll(word.noriTerms());
            marked.addAll(markedWords(word.synonyms()));
        }
        return marked;
    }

    private static String validate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "error.search.long", "Search for at most " + MAX_QUERY_LENGTH + " characters",
                    MAX_QUERY_LENGTH);
        }
        return text.strip();
    }

    private SearchResult<Object[]> execute(List<QueryWords.Word> words, boolean everyWord, Scope scope,
                                           Filters filters, SearchSort sort, int offset, int size) {
        return Search.session(entityManager).search(Post.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field(PostIndex.SLUG, String.class),
                        f.field(PostIndex.TITLE, String.class),
                        f.field(PostIndex.KIND, PostKind.class),
                        f.field(PostIndex.PUBLISHED_AT, Instant.class),
                        f.field(PostIndex.CATEGORY_ID, Long.class),
                        f.field(PostIndex.SUMMARY, String.class),
                        // the plain text as indexed, to make the snippet from
                        f.field(PostIndex.CONTENT, String.class, ValueModel.INDEX),
                        f.field(PostIndex.COMMENTS, String.class, ValueModel.INDEX).list()).asArray())
                .where(f -> predicate(f, words, everyWord, scope, filters))
                .sort(f -> sort(f, sort))
                .aggregation(CATEGORIES, f -> f.terms().field(PostIndex.CATEGORY_IDS, Long.class).maxTermCount(MAX_FACETS))
                .aggregation(TAGS, f -> f.terms().field(PostIndex.TAG_IDS, Long.class).maxTermCount(MAX_FACETS))
                .aggregation(YEARS, f -> f.terms().field(PostIndex.YEAR, Integer.class).maxTermCount(100))
                .fetch(offset, size);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, List<QueryWords.Word> words,
                                                boolean everyWord, Scope scope, Filters filters) {
        BooleanPredicateClausesStep<?, ?> text = f.bool();
        for (QueryWords.Word word : words) {
            if (everyWord) {
                text.must(wordPredicate(f, word));
            } else {
                // each word found adds the same amount, so posts holding more words come first
                text.should(wordPredicate(f, word).constantScore());
            }
        }
        BooleanPredicateClausesStep<?, ?> query = f.bool().must(text);
        if (everyWord && words.stream().filter(word -> !word.noriTerms().isEmpty()).count() > 1) {
            // words standing together as typed rank higher
            String phrase = String.join(" ", words.stream().map(QueryWords.Word::text).toList());
            query.should(f.phrase().field(PostIndex.TITLE).boost(2f).field(PostIndex.CONTENT)
                    .matching(phrase).slop(2));
        }
        scope.restrict(f, query);
        filters.restrict(f, query);
        return query;
    }

    /**
     * One word: nori's reading of it anywhere in the text, or a Hangul word starting with it; or the same of one
     * of its synonyms.
     */
    private static BooleanPredicateClausesStep<?, ?> wordPredicate(SearchPredicateFactory f, QueryWords.Word word) {
        BooleanPredicateClausesStep<?, ?> either = f.bool();
        for (QueryWords.Word synonym : word.synonyms()) {
            // a fixed small score, however rare the synonym or however many terms nori makes of it (k8s: k, 8, s):
            // posts holding the word as typed come first
            either.should(wordPredicate(f, synonym).constantScore().boost(SYNONYM_SCORE));
        }
        if (!word.noriTerms().isEmpty()) {
            either.should(f.phrase()
                    .field(PostIndex.TITLE).boost(3f)
                    .field(PostIndex.TAG_NAMES).boost(2f)
                    .field(PostIndex.EXCERPT).boost(1.5f)
                    .field(PostIndex.CONTENT)
                    .field(PostIndex.COMMENTS).boost(0.5f)
                    .matching(word.text()));
        }
        if (word.hangul() != null) {
            either.should(f.match()
                    .field(PostIndex.TITLE_PREFIX).boost(1.5f)
                    .field(PostIndex.EXCERPT_PREFIX).boost(0.75f)
                    .field(PostIndex.CONTENT_PREFIX).boost(0.5f)
                    .field(PostIndex.COMMENTS_PREFIX).boost(0.25f)
                    .matching(word.hangul()));
        }
        return either;
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(PostIndex.PUBLISHED_AT).desc().missing().last();
            case NEWEST -> f.field(PostIndex.PUBLISHED_AT).desc().missing().last()
                    .then().field(PostIndex.UPDATED_AT).desc();
        };
    }

    /** Who may find what. */
    private record Scope(Instant now, boolean readers, Long owner) {

        static Scope readers(Instant now) {
            return new Scope(now, true, null);
        }

        /** @param owner null for every author's posts */
        static Scope managedBy(Long owner) {
            return new Scope(null, false, owner);
        }

        void restrict(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> query) {
            query.filter(f.match().field(PostIndex.TRASHED).matching(false));
            if (readers) {
                query.filter(f.match().field(PostIndex.VISIBILITY).matching(Visibility.PUBLIC));
                query.filter(f.or(
                        f.match().field(PostIndex.STATUS).matching(PostStatus.PUBLISHED),
                        f.and(f.match().field(PostIndex.STATUS).matching(PostStatus.SCHEDULED),
                                f.range().field(PostIndex.PUBLISHED_AT).atMost(now))));
            } else if (owner != null) {
                query.filter(f.match().field(PostIndex.AUTHOR_ID).matching(owner));
            }
        }
    }

    // ---------------------------------------------------------------- filters

    /** @param categoryIds null for any category, empty when the slug is unknown */
    private record Filters(Set<Long> categoryIds, Long tagId, Integer year) {

        static final long UNKNOWN = -1;

        boolean matchesNothing() {
            return (categoryIds != null && categoryIds.isEmpty()) || (tagId != null && tagId == UNKNOWN);
        }

        void restrict(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> query) {
            if (categoryIds != null) {
                // the main category as well: an index built before posts had several lacks the other field
                query.filter(f.or(f.terms().field(PostIndex.CATEGORY_IDS).matchingAny(categoryIds),
                        f.terms().field(PostIndex.CATEGORY_ID).matchingAny(categoryIds)));
            }
            if (tagId != null) {
                query.filter(f.match().field(PostIndex.TAG_IDS).matching(tagId));
            }
            if (year != null) {
                query.filter(f.match().field(PostIndex.YEAR).matching(year));
            }
        }
    }

    private Filters filters(SearchQuery query) {
        Set<Long> categoryIds = null;
        if (query.category() != null && !query.category().isBlank()) {
            categoryIds = categoryWithDescendants(query.category().strip());
        }
        Long tagId = null;
        if (query.tag() != null && !query.tag().isBlank()) {
            tagId = tags.findBySlug(query.tag().strip()).map(Tag::getId).orElse(Filters.UNKNOWN);
        }
        return new Filters(categoryIds, tagId, query.year());
    }

    private Set<Long> categoryWithDescendants(String slug) {
        List<Category> all = categories.findAllOrdered();
        Set<Long> ids = new HashSet<>();
        all.stream().filter(category -> category.getSlug().equals(slug)).forEach(category -> ids.add(category.getId()));
        boolean grew = !ids.isEmpty();
        while (grew) {
            grew = false;
            for (Category category : all) {
                if (category.getParent() != null && ids.contains(category.getParent().getId())
                        && ids.add(category.getId())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- the result

    private dev.geul.search.SearchResult toResult(SearchResult<Object[]> result, Set<String> markedWords) {
        List<Object[]> rows = result.hits();
        Map<Long, Long> categoryCounts = result.aggregation(CATEGORIES);
        Map<Long, Long> tagCounts = result.aggregation(TAGS);
        Map<Integer, Long> yearCounts = result.aggregation(YEARS);

        Set<Long> categoryIds = new HashSet<>(categoryCounts.keySet());
        rows.stream().map(row -> (Long) row[5]).filter(java.util.Objects::nonNull).forEach(categoryIds::add);
        Map<Long, Category> categoryById = new HashMap<>();
        if (!categoryIds.isEmpty()) {
            categories.findAllById(categoryIds).forEach(category -> categoryById.put(category.getId(), category));
        }
        Map<Long, Long> comments = rows.isEmpty() ? Map.of()
                : commentCounts.approvedCommentsPerPost(rows.stream().map(row -> (Long) row[0]).toList());

        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String slug = (String) row[1];
            Category category = row[5] == null ? null : categoryById.get((Long) row[5]);
            hits.add(new SearchHit(id, slug, (String) row[2],
                    row[3] == PostKind.PAGE ? Permalinks.page(slug) : Permalinks.post(slug),
                    snippet(row, markedWords), (Instant) row[4],
                    category == null ? null : category.getName(), category == null ? null : category.getSlug(),
                    comments.getOrDefault(id, 0L)));
        }
        return new dev.geul.search.SearchResult(result.total().hitCount(), hits,
                new SearchFacets(categoryFacets(categoryCounts, categoryById), tagFacets(tagCounts),
                        yearFacets(yearCounts)));
    }

    /** The passage marking the most words, from the text first, then comments; else the summary. */
    @SuppressWarnings("unchecked")
    private static String snippet(Object[] row, Set<String> markedWords) {
        List<String> texts = new ArrayList<>();
        texts.add((String) row[7]);
        texts.addAll((List<String>) row[8]);
        String best = Snippets.best(texts, markedWords);
        return best != null ? best : Snippets.escape(row[6] == null ? "" : (String) row[6]);
    }

    private static List<FacetCount> categoryFacets(Map<Long, Long> counts, Map<Long, Category> categoryById) {
        List<FacetCount> facets = new ArrayList<>();
        counts.forEach((id, count) -> {
            Category category = categoryById.get(id);
            if (category != null) {
                facets.add(new FacetCount(category.getSlug(), category.getName(), count));
            }
        });
        facets.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return List.copyOf(facets);
    }

    private List<FacetCount> tagFacets(Map<Long, Long> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<FacetCount> facets = new ArrayList<>();
        for (Tag tag : tags.findAllById(counts.keySet())) {
            facets.add(new FacetCount(tag.getSlug(), tag.getName(), counts.get(tag.getId())));
        }
        facets.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return List.copyOf(facets);
    }

    private static List<FacetCount> yearFacets(Map<Integer, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .map(entry -> new FacetCount(entry.getKey().toString(), entry.getKey().toString(), entry.getValue()))
                .toList();
    }
}
