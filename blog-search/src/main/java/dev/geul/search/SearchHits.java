package dev.geul.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.geul.category.Category;
import dev.geul.category.CategoryRepository;
import dev.geul.post.CommentCounts;
import dev.geul.post.PostKind;
import dev.geul.post.Tag;
import dev.geul.post.TagRepository;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.stereotype.Component;

/**
 * What a reader sees of what the index found: each hit with its address, category, comment count and the passage
 * that marks the words asked for, and the facets (categories, tags, years) with their counts.
 */
@Component
class SearchHits {

    static final AggregationKey<Map<Long, Long>> CATEGORIES = AggregationKey.of("categories");
    static final AggregationKey<Map<Long, Long>> TAGS = AggregationKey.of("tags");
    static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

    private final CategoryRepository categories;
    private final TagRepository tags;
    private final CommentCounts commentCounts;

    SearchHits(CategoryRepository categories, TagRepository tags, CommentCounts commentCounts) {
        this.categories = categories;
        this.tags = tags;
        this.commentCounts = commentCounts;
    }

    dev.geul.search.SearchResult toResult(SearchResult<Object[]> result, Set<String> markedWords) {
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
                    ((PostKind) row[3]).permalink(slug),
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
        String content = (String) row[7];
        // a post whose HTML is blank has no text indexed
        if (content != null) {
            texts.add(content);
        }
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
            long count = Objects.requireNonNull(counts.get(tag.getId()), "a tag is found by an id that was counted");
            facets.add(new FacetCount(tag.getSlug(), tag.getName(), count));
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
