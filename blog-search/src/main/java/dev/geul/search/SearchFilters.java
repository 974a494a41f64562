package dev.geul.search;

import java.util.Set;

import dev.geul.search.mapping.PostIndex;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;

/**
 * What a search is narrowed to besides its words: a category with those below it, a tag, a year.
 *
 * @param categoryIds null for any category, empty when the slug is unknown
 * @param tagId       null for any tag, {@link #UNKNOWN} when the slug is unknown
 * @param year        null for any year
 */
record SearchFilters(@Nullable Set<Long> categoryIds, @Nullable Long tagId, @Nullable Integer year) {

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
