package dev.geul.search;

import java.time.Instant;

import dev.geul.post.PostStatus;
import dev.geul.post.Visibility;
import dev.geul.search.mapping.PostIndex;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;

/**
 * Who may find what.
 *
 * @param now   when readers search, for scheduled posts that are due; null for the management views
 * @param owner whose posts the management views find; null for every author's
 */
record SearchScope(@Nullable Instant now, boolean readers, @Nullable Long owner) {

    static SearchScope readers(Instant now) {
        return new SearchScope(now, true, null);
    }

    /** @param owner null for every author's posts */
    static SearchScope managedBy(@Nullable Long owner) {
        return new SearchScope(null, false, owner);
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
