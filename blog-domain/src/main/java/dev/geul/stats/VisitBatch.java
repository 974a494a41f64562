package dev.geul.stats;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The views of one drain added up per day, post, origin and search words, so that a thousand views of one post
 * become one upsert. Kept sorted, so that every node locks the same rows in the same order and two nodes writing
 * at once wait for each other instead of deadlocking.
 */
final class VisitBatch {

    /** The whole blog's row among the visitors of a day; posts have their ids. */
    static final long SITE = 0;

    record Visitor(LocalDate day, long postId, String hash) implements Comparable<Visitor> {
        @Override
        public int compareTo(Visitor other) {
            int byDay = day.compareTo(other.day);
            if (byDay != 0) {
                return byDay;
            }
            int byPost = Long.compare(postId, other.postId);
            return byPost != 0 ? byPost : hash.compareTo(other.hash);
        }
    }

    record DayPost(LocalDate day, long postId) implements Comparable<DayPost> {
        @Override
        public int compareTo(DayPost other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : Long.compare(postId, other.postId);
        }
    }

    /** A referring site or search words on a day: {@code detail} is the host or the words. */
    record DayOrigin(LocalDate day, ReferrerSource source, String detail) implements Comparable<DayOrigin> {
        @Override
        public int compareTo(DayOrigin other) {
            int byDay = day.compareTo(other.day);
            if (byDay != 0) {
                return byDay;
            }
            int bySource = source.compareTo(other.source);
            return bySource != 0 ? bySource : detail.compareTo(other.detail);
        }
    }

    final Map<DayPost, Long> views = new TreeMap<>();
    final Set<Visitor> visitors = new TreeSet<>();
    final Map<DayOrigin, Long> referrers = new TreeMap<>();
    final Map<DayOrigin, Long> searchWords = new TreeMap<>();

    /**
     * Counts one view of the blog, and of a post where {@code postId} is not null.
     *
     * @param hash     the visitor's hash of the day, hex
     * @param referral where the view came from, or null for a move within the blog
     */
    void add(LocalDate day, @Nullable Long postId, String hash, @Nullable Referral referral) {
        views.merge(new DayPost(day, SITE), 1L, Long::sum);
        visitors.add(new Visitor(day, SITE, hash));
        if (postId != null) {
            views.merge(new DayPost(day, postId), 1L, Long::sum);
            visitors.add(new Visitor(day, postId, hash));
        }
        if (referral != null) {
            referrers.merge(new DayOrigin(day, referral.source(), referral.host()), 1L, Long::sum);
            if (referral.words() != null) {
                searchWords.merge(new DayOrigin(day, referral.source(), referral.words()), 1L, Long::sum);
            }
        }
    }

    boolean isEmpty() {
        return views.isEmpty();
    }
}
