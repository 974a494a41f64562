package dev.geul.search;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import dev.geul.category.Category;
import dev.geul.category.CategoryRepository;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.Tag;
import dev.geul.post.TagRepository;
import dev.geul.search.analysis.WordStems;
import dev.geul.search.mapping.PostIndex;
import dev.geul.search.synonym.SynonymService;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One query as the index reads it: each word must match, through nori (회사에서 → 회사) or as the start of a Hangul
 * word (쿠버네티스 in 쿠버네티스를, even when nori does not know the word), or through one of the admin's synonyms;
 * when no post holds every word, posts holding some of them come back, those holding more first. Title matches
 * weigh more than text, text more than comments. Who may find what is the {@link SearchScope}'s to say.
 */
@Component
class IndexQuery {

    /**
     * Pages past this many hits get none (but the total and facets): every hit of even the commonest word on a
     * blog of about 100,000 posts can be paged through, and a request for page 100,000 costs no more than that.
     */
    static final int MAX_RESULT_WINDOW = 100_000;
    static final int MAX_FACETS = 20;
    /** What a synonym's match scores: below what the word typed scores wherever it is found. */
    static final float SYNONYM_SCORE = 0.01f;

    private final EntityManager entityManager;
    private final QueryWords queryWords;
    private final SynonymService synonyms;
    private final WordStems stems;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final SearchHits hits;

    IndexQuery(EntityManager entityManager, QueryWords queryWords, SynonymService synonyms, WordStems stems,
               CategoryRepository categories, TagRepository tags, SearchHits hits) {
        this.entityManager = entityManager;
        this.queryWords = queryWords;
        this.synonyms = synonyms;
        this.stems = stems;
        this.categories = categories;
        this.tags = tags;
        this.hits = hits;
    }

    /** @param everyWordFound whether some post holds every word of the query (not only some of them) */
    record Attempt(dev.geul.search.SearchResult result, boolean everyWordFound) {

        static final Attempt NOTHING = new Attempt(dev.geul.search.SearchResult.empty(), false);
    }

    Attempt attempt(SearchQuery query, SearchScope scope) {
        String text = validate(query.text());
        if (text == null) {
            return Attempt.NOTHING;
        }
        List<QueryWords.Word> words = queryWords.parse(text).stream()
                .map(word -> word.withSynonyms(synonymsOf(word))).toList();
        SearchFilters filters = filters(query);
        if (words.isEmpty() || filters.matchesNothing()) {
            return Attempt.NOTHING;
        }
        int size = query.size() <= 0 ? SearchService.DEFAULT_PAGE_SIZE : Math.min(query.size(), SearchService.MAX_PAGE_SIZE);
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
            return new Attempt(hits.toResult(result, markedWords(words)), everyWord);
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

    private static @Nullable String validate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > SearchService.MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", "error.search.long", "Search for at most " + SearchService.MAX_QUERY_LENGTH + " characters",
                    SearchService.MAX_QUERY_LENGTH);
        }
        return text.strip();
    }

    private SearchResult<Object[]> execute(List<QueryWords.Word> words, boolean everyWord, SearchScope scope,
                                           SearchFilters filters, SearchSort sort, int offset, int size) {
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
                .aggregation(SearchHits.CATEGORIES, f -> f.terms().field(PostIndex.CATEGORY_IDS, Long.class).maxTermCount(MAX_FACETS))
                .aggregation(SearchHits.TAGS, f -> f.terms().field(PostIndex.TAG_IDS, Long.class).maxTermCount(MAX_FACETS))
                .aggregation(SearchHits.YEARS, f -> f.terms().field(PostIndex.YEAR, Integer.class).maxTermCount(100))
                .fetch(offset, size);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, List<QueryWords.Word> words,
                                                boolean everyWord, SearchScope scope, SearchFilters filters) {
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


    private SearchFilters filters(SearchQuery query) {
        Set<Long> categoryIds = null;
        if (query.category() != null && !query.category().isBlank()) {
            categoryIds = categoryWithDescendants(query.category().strip());
        }
        Long tagId = null;
        if (query.tag() != null && !query.tag().isBlank()) {
            tagId = tags.findBySlug(query.tag().strip()).map(Tag::getId).orElse(SearchFilters.UNKNOWN);
        }
        return new SearchFilters(categoryIds, tagId, query.year());
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
}
