package dev.geul.search.mapping;

import dev.geul.comment.Comment;
import dev.geul.comment.CommentStatus;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Reindexes a post when one of its visible comments is deleted. Hibernate Search follows comments into their
 * post's document on create and update ({@link ApprovedCommentsBinder}), but ignores deletions of such "other
 * entities" (HSEARCH-3567), so without this a deleted comment's words would keep finding the post.
 */
@Component
class CommentDeletionReindexing implements PostDeleteEventListener {

    CommentDeletionReindexing(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry()
                .appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Comment comment && comment.getStatus() == CommentStatus.APPROVED
                && !comment.isSecret() && event.getSession() instanceof Session session) {
            Search.session(session).indexingPlan().addOrUpdate(comment.getPost());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
