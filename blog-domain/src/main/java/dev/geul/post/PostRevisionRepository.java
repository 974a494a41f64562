package dev.geul.post;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByPostIdOrderBySavedAtDescIdDesc(long postId);

    boolean existsByPostIdAndReasonIn(long postId, java.util.Collection<PostRevision.Reason> reasons);

    /**
     * Autosaves older than {@code before}, except each post's newest one: what the retention rule thins out.
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("""
            delete from PostRevision r where r.reason = dev.geul.post.PostRevision.Reason.AUTOSAVE
            and r.savedAt < :before and r.id <> (select max(newest.id) from PostRevision newest
                where newest.post = r.post and newest.reason = dev.geul.post.PostRevision.Reason.AUTOSAVE)""")
    int deleteAutosavesBefore(java.time.Instant before);
}
