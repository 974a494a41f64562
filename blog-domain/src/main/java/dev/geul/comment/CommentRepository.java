package dev.geul.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.geul.base.ImportedId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    java.util.Optional<Comment> findByReplyNoticeToken(String replyNoticeToken);


    @Query("select c from Comment c left join fetch c.account where c.post.id = ?1 order by c.createdAt, c.id")
    List<Comment> findByPostInOrder(long postId);

    @Query("select c from Comment c left join fetch c.account left join fetch c.parent where c.post.id in ?1"
            + " order by c.createdAt, c.id")
    List<Comment> findByPostsInOrder(java.util.Collection<Long> postIds);

    @Query("select c.post.id, count(c) from Comment c where c.post.id in ?1"
            + " and c.status = dev.geul.comment.CommentStatus.APPROVED group by c.post.id")
    List<Object[]> countApprovedPerPost(Collection<Long> postIds);

    @Query(value = "select c from Comment c join fetch c.post p where c.status = ?1 and (?2 is null or p.author.id = ?2)"
            + " order by c.createdAt desc, c.id desc",
            countQuery = "select count(c) from Comment c where c.status = ?1 and (?2 is null or c.post.author.id = ?2)")
    Page<Comment> findForModeration(CommentStatus status, @Nullable Long postAuthorId, Pageable pageable);

    @Query("select count(c) from Comment c where c.status = ?1 and (?2 is null or c.post.author.id = ?2)")
    long countForModeration(CommentStatus status, @Nullable Long postAuthorId);

    @Query("select count(c) > 0 from Comment c where c.post.id = ?1 and c.authorName = ?2 and c.body = ?3"
            + " and c.createdAt > ?4")
    boolean existsRecentDuplicate(long postId, String authorName, String body, Instant since);

    /** Password hashes of a guest name's approved comments, newest first, leaving one comment out (or none: -1). */
    @Query("select c.guestPasswordHash from Comment c where c.authorName = ?1 and c.account is null"
            + " and c.status = dev.geul.comment.CommentStatus.APPROVED and c.guestPasswordHash is not null"
            + " and c.id <> ?2 order by c.createdAt desc, c.id desc")
    List<String> findApprovedGuestPasswordHashes(String authorName, long exceptCommentId,
                                                 org.springframework.data.domain.Limit limit);

    @Query("select new dev.geul.base.ImportedId(c.importKey, c.id) from Comment c where c.importKey in ?1")
    List<ImportedId> findByImportKeyIn(Collection<String> importKeys);

    /**
     * Serializes comments of one writer on one post until the transaction ends, so that a double submit is
     * caught by the duplicate check even when both requests arrive at once.
     */
    @Query(value = "select cast(pg_advisory_xact_lock(?1) as text)", nativeQuery = true)
    String lockWriterOnPost(long key);

}
