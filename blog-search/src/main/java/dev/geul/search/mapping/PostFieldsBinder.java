package dev.geul.search.mapping;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import dev.geul.base.html.Excerpts;
import dev.geul.post.Post;
import dev.geul.post.Tag;
import dev.geul.search.analysis.KoreanAnalysis;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The fields made from a post's associations and derived values: ids for filters and facets (category, tags,
 * author), the year it was published, whether it is in the trash, and the summary shown for a hit.
 *
 * <p>Only ids and immutable values are read from the associated entities (a tag never changes its name, an id
 * never changes), so it is enough to depend on the associations themselves: the post is reindexed when its
 * category or tags change. Category names come from the database at query time.
 */
final class PostFieldsBinder implements TypeBinder {

    private final ZoneId zone;

    PostFieldsBinder(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("category")
                .use("moreCategories")
                .use("tags")
                .use("author")
                .use("publishedAt")
                .use("trashedAt")
                .use("excerpt")
                .use("contentHtml");
        var schema = context.indexSchemaElement();
        var types = context.typeFactory();
        IndexFieldReference<Long> categoryId = schema.field(PostIndex.CATEGORY_ID,
                types.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
        IndexFieldReference<Long> categoryIds = schema.field(PostIndex.CATEGORY_IDS,
                types.asLong().aggregable(Aggregable.YES)).multiValued().toReference();
        IndexFieldReference<Long> tagIds = schema.field(PostIndex.TAG_IDS,
                types.asLong().aggregable(Aggregable.YES)).multiValued().toReference();
        IndexFieldReference<String> tagNames = schema.field(PostIndex.TAG_NAMES,
                types.asString().analyzer(KoreanAnalysis.KOREAN)).multiValued().toReference();
        IndexFieldReference<Long> authorId = schema.field(PostIndex.AUTHOR_ID, types.asLong()).toReference();
        IndexFieldReference<Integer> year = schema.field(PostIndex.YEAR,
                types.asInteger().aggregable(Aggregable.YES)).toReference();
        IndexFieldReference<Boolean> trashed = schema.field(PostIndex.TRASHED, types.asBoolean()).toReference();
        IndexFieldReference<String> summary = schema.field(PostIndex.SUMMARY,
                types.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
        context.bridge(Post.class, new Bridge(zone, categoryId, categoryIds, tagIds, tagNames, authorId, year, trashed,
                summary));
    }

    private record Bridge(ZoneId zone, IndexFieldReference<Long> categoryId, IndexFieldReference<Long> categoryIds,
                          IndexFieldReference<Long> tagIds,
                          IndexFieldReference<String> tagNames, IndexFieldReference<Long> authorId,
                          IndexFieldReference<Integer> year, IndexFieldReference<Boolean> trashed,
                          IndexFieldReference<String> summary) implements TypeBridge<Post> {

        @Override
        public void write(DocumentElement target, Post post, TypeBridgeWriteContext context) {
            if (post.getCategory() != null) {
                target.addValue(categoryId, post.getCategory().getId());
                target.addValue(categoryIds, post.getCategory().getId());
            }
            for (var other : post.getMoreCategories()) {
                if (post.getCategory() == null || !other.getId().equals(post.getCategory().getId())) {
                    target.addValue(categoryIds, other.getId());
                }
            }
            Collection<Tag> tags = post.getTags() == null ? List.of() : post.getTags();
            for (Tag tag : tags) {
                target.addValue(tagIds, tag.getId());
                target.addValue(tagNames, tag.getName());
            }
            target.addValue(authorId, post.getAuthor().getId());
            if (post.getPublishedAt() != null) {
                target.addValue(year, post.getPublishedAt().atZone(zone).getYear());
            }
            target.addValue(trashed, post.getTrashedAt() != null);
            target.addValue(summary, post.getExcerpt() != null && !post.getExcerpt().isBlank()
                    ? Excerpts.shorten(post.getExcerpt(), Excerpts.DEFAULT_LENGTH)
                    : Excerpts.fromHtml(post.getContentHtml(), Excerpts.DEFAULT_LENGTH));
        }
    }
}
