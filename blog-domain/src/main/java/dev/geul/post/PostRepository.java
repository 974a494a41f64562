package dev.geul.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.geul.base.ImportedId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long>, JpaSpecificationExecutor<Post> {

    /** What readers see "live": published, or scheduled with its time come; never trashed. */
    String LIVE = " p.trashedAt is null and (p.status = dev.geul.post.PostStatus.PUBLISHED"
            + " or (p.status = dev.geul.post.PostStatus.SCHEDULED and p.publishedAt <= :now)) ";
    /** Listed: live posts that readers may see in lists (public and password-protected). */
    String LISTED = LIVE + " and p.kind = dev.geul.post.PostKind.POST and p.visibility in"
            + " (dev.geul.post.Visibility.PUBLIC, dev.geul.post.Visibility.PASSWORD) ";
    String FEED_ORDER = " order by p.sticky desc, p.publishedAt desc, p.id desc";
    /** In one of these categories, as its main one or one of its others. */
    String IN_CATEGORIES = " (p.category.id in :categoryIds"
            + " or exists (select 1 from p.moreCategories c where c.id in :categoryIds)) ";

    Optional<Post> findBySlug(String slug);

    @Query("select p from Post p where p.author.id = ?1 order by p.id")
    List<Post> findByAuthorId(long accountId);

    /**
     * Takes the lock of the scheduled-publishing job for the rest of the transaction, if no other transaction (on
     * this node or another) holds it; a PostgreSQL advisory lock, released at commit or rollback.
     */
    @Query(value = "select pg_try_advisory_xact_lock(hashtext('geul.scheduled-publishing'))", nativeQuery = true)
    boolean tryLockScheduledPublishing();

    @Query("select p.author.id from Post p where p.id = ?1")
    Optional<Long> findAuthorId(long postId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Post p where p.id = ?1")
    Optional<Post> findByIdForUpdate(long postId);

    boolean existsBySlug(String slug);

    @Query("select new dev.geul.base.ImportedId(p.importKey, p.id) from Post p where p.importKey in ?1")
    List<ImportedId> findByImportKeyIn(Collection<String> importKeys);

    @Query("select p.slug from Post p where p.slug in ?1")
    Set<String> findSlugsIn(Collection<String> slugs);

    /** Posts that had this path before an import, the oldest first (two archives may claim the same path). */
    @Query("select p from Post p join p.legacyPaths path where path = ?1 order by p.id")
    List<Post> findByLegacyPath(String legacyPath, org.springframework.data.domain.Limit limit);

    /** Posts whose HTML matches a PostgreSQL regular expression. */
    @Query(value = "select id from post where content_html ~ ?1 order by id", nativeQuery = true)
    List<Long> findIdsByContentMatching(String regex);

    List<Post> findByIdGreaterThanOrderById(long afterId, org.springframework.data.domain.Limit limit);

    @Query(value = "select p from Post p left join fetch p.category left join fetch p.author where" + LISTED + FEED_ORDER,
            countQuery = "select count(p) from Post p where" + LISTED)
    Page<Post> findListed(Instant now, Pageable pageable);

    @Query("select p from Post p left join fetch p.category left join fetch p.author where" + LISTED
            + " order by p.publishedAt desc, p.id desc")
    List<Post> findListedNewestFirst(Instant now, Pageable pageable);

    @Query("select p from Post p left join fetch p.category left join fetch p.author where" + LISTED
            + " and" + IN_CATEGORIES + " order by p.publishedAt desc, p.id desc")
    List<Post> findListedInCategoriesNewestFirst(Instant now, Collection<Long> categoryIds, Pageable pageable);

    /** Posts and pages everyone may read and find: live and public. */
    @Query("select p from Post p where" + LIVE + " and p.visibility = dev.geul.post.Visibility.PUBLIC"
            + " order by p.kind, p.publishedAt desc, p.id desc")
    List<Post> findLivePublic(Instant now);

    @Query(value = "select p from Post p left join fetch p.category left join fetch p.author where" + LISTED
            + " and" + IN_CATEGORIES + FEED_ORDER,
            countQuery = "select count(p) from Post p where" + LISTED + " and" + IN_CATEGORIES)
    Page<Post> findListedInCategories(Instant now, Collection<Long> categoryIds, Pageable pageable);

    @Query(value = "select p from Post p left join fetch p.category left join fetch p.author where" + LISTED
            + " and exists (select 1 from p.tags t where t.slug = :tagSlug)" + FEED_ORDER,
            countQuery = "select count(p) from Post p where" + LISTED
                    + " and exists (select 1 from p.tags t where t.slug = :tagSlug)")
    Page<Post> findListedWithTag(Instant now, String tagSlug, Pageable pageable);

    @Query(value = "select p from Post p left join fetch p.category left join fetch p.author where" + LISTED
            + " and p.publishedAt >= :from and p.publishedAt < :until order by p.publishedAt desc, p.id desc",
            countQuery = "select count(p) from Post p where" + LISTED
                    + " and p.publishedAt >= :from and p.publishedAt < :until")
    Page<Post> findListedPublishedBetween(Instant now, Instant from, Instant until, Pageable pageable);

    @Query("select p from Post p left join fetch p.author where" + LISTED
            + " and (p.category.id = :categoryId or exists (select 1 from p.moreCategories c where c.id = :categoryId))"
            + " and p.id <> :excludedId order by p.publishedAt desc, p.id desc")
    List<Post> findOthersInCategory(Instant now, long categoryId, long excludedId, Pageable pageable);

    @Query("select p from Post p where" + LISTED + " and (p.publishedAt < :publishedAt"
            + " or (p.publishedAt = :publishedAt and p.id < :id)) order by p.publishedAt desc, p.id desc")
    List<Post> findOlder(Instant now, Instant publishedAt, long id, Pageable pageable);

    @Query("select p from Post p where" + LISTED + " and (p.publishedAt > :publishedAt"
            + " or (p.publishedAt = :publishedAt and p.id > :id)) order by p.publishedAt asc, p.id asc")
    List<Post> findNewer(Instant now, Instant publishedAt, long id, Pageable pageable);

    @Query("select p.category.id, count(p) from Post p where" + LISTED + " and p.category is not null group by p.category.id")
    List<Object[]> countListedPerCategory(Instant now);

    @Query("select c.id, count(p) from Post p join p.moreCategories c where" + LISTED
            + " and (p.category is null or p.category.id <> c.id) group by c.id")
    List<Object[]> countListedPerMoreCategory(Instant now);

    @Query("select p from Post p where" + LIVE + " and p.kind = dev.geul.post.PostKind.PAGE"
            + " and p.visibility = dev.geul.post.Visibility.PUBLIC order by p.menuOrder, p.title, p.id")
    List<Post> findLivePublicPages(Instant now);

    @Query("select p from Post p where p.status = dev.geul.post.PostStatus.SCHEDULED and p.publishedAt <= :now"
            + " and p.trashedAt is null")
    List<Post> findDueScheduled(Instant now);

    @Query("select t.name, t.slug, count(p) from Post p join p.tags t where" + LISTED
            + " group by t.name, t.slug order by count(p) desc, t.name")
    List<Object[]> countListedPerTag(Instant now, Pageable pageable);
}
