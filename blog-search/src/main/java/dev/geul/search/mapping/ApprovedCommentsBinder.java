package dev.geul.search.mapping;

import java.util.List;

import dev.geul.comment.Comment;
import dev.geul.comment.CommentStatus;
import dev.geul.post.Post;
import dev.geul.search.analysis.KoreanAnalysis;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Puts the text of a post's approved, non-secret comments into the post's document, so a comment's words find
 * its post. A post has no collection of comments (comments point to posts, not the reverse), so the bridge
 * queries them and declares the dependency from the comment's side: creating, editing, moderating or deleting
 * a comment reindexes its post (SearchServiceIT shows each).
 */
final class ApprovedCommentsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .fromOtherEntity(Comment.class, "post")
                .use("body")
                .use("status");
        var schema = context.indexSchemaElement();
        var types = context.typeFactory();
        IndexFieldReference<String> comments = schema.field(PostIndex.COMMENTS, types.asString()
                        .analyzer(KoreanAnalysis.KOREAN)
                        .projectable(Projectable.YES)
                        .highlightable(List.of(Highlightable.UNIFIED, Highlightable.PLAIN)))
                .multiValued().toReference();
        IndexFieldReference<String> commentsPrefix = schema.field(PostIndex.COMMENTS_PREFIX, types.asString()
                        .analyzer(KoreanAnalysis.HANGUL_PREFIX)
                        .searchAnalyzer(KoreanAnalysis.HANGUL_WORD)
                        .projectable(Projectable.YES)
                        .highlightable(List.of(Highlightable.UNIFIED, Highlightable.PLAIN)))
                .multiValued().toReference();
        context.bridge(Post.class, new Bridge(comments, commentsPrefix));
    }

    private record Bridge(IndexFieldReference<String> comments, IndexFieldReference<String> commentsPrefix)
            implements TypeBridge<Post> {

        @Override
        public void write(DocumentElement target, Post post, TypeBridgeWriteContext context) {
            if (post.getId() == null || post.isNewWithoutComments()) {
                // e.g. each post of an import: no query for comments it cannot have
                return;
            }
            Session session = context.extension(HibernateOrmExtension.get()).session();
            List<String> bodies = session.createQuery("select c.body from Comment c where c.post.id = :post"
                            + " and c.status = :approved and c.secret = false order by c.createdAt, c.id", String.class)
                    .setParameter("post", post.getId())
                    .setParameter("approved", CommentStatus.APPROVED)
                    // runs while Hibernate Search processes a flush: it must not start another one
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .list();
            for (String body : bodies) {
                target.addValue(comments, body);
                target.addValue(commentsPrefix, body);
            }
        }
    }
}
