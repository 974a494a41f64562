package dev.geul.post;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the admin grid asks for; null fields do not filter.
 *
 * @param trashed true for the trash, false for everything else
 */
public record PostFilter(@Nullable PostStatus status, @Nullable Long categoryId, @Nullable String text, boolean trashed,
                         @Nullable PostKind kind) {

    public static PostFilter all() {
        return new PostFilter(null, null, null, false, null);
    }

    public static PostFilter trash() {
        return new PostFilter(null, null, null, true, null);
    }

    /**
     * The posts this filter lets through, as a query.
     *
     * @param ownerOnly the account whose posts alone may be listed (an author's), or null for every post (an admin)
     */
    Specification<Post> matching(@Nullable Long ownerOnly) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (ownerOnly != null) {
                where.add(cb.equal(root.get("author").get("id"), ownerOnly));
            }
            where.add(trashed ? cb.isNotNull(root.get("trashedAt")) : cb.isNull(root.get("trashedAt")));
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            if (categoryId != null) {
                var subquery = query.subquery(Long.class);
                var other = subquery.correlate(root).join("moreCategories");
                subquery.select(other.get("id")).where(cb.equal(other.get("id"), categoryId));
                where.add(cb.or(cb.equal(root.get("category").get("id"), categoryId), cb.exists(subquery)));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("slug")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
