package dev.geul.comment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<Mention, Long> {

    @Query("select m from Mention m where m.post.id = ?1 order by m.createdAt, m.id")
    List<Mention> findByPostInOrder(long postId);

    @Query("select m from Mention m join fetch m.post where m.post.id in ?1 order by m.createdAt, m.id")
    List<Mention> findByPostsInOrder(Collection<Long> postIds);

    @Query("select m.importKey from Mention m where m.importKey in ?1")
    List<String> findImportKeysIn(Collection<String> importKeys);
}
