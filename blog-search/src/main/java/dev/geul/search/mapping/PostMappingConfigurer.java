package dev.geul.search.mapping;

import java.time.ZoneId;
import java.util.List;

import dev.geul.post.Post;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import static dev.geul.search.analysis.KoreanAnalysis.HANGUL_PREFIX;
import static dev.geul.search.analysis.KoreanAnalysis.HANGUL_WORD;
import static dev.geul.search.analysis.KoreanAnalysis.KOREAN;

/**
 * Maps {@link Post} to the {@value PostIndex#NAME} index, here rather than with annotations so that the domain
 * module knows nothing of search. Reader filters (status, visibility, trash, date) are fields too: a query
 * never returns what a reader may not read.
 */
public final class PostMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

    private static final List<Highlightable> HIGHLIGHTABLE = List.of(Highlightable.UNIFIED, Highlightable.PLAIN);

    private final ZoneId zone;

    /** @param zone the time zone whose calendar years the year facet counts */
    public PostMappingConfigurer(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep post = context.programmaticMapping().type(Post.class);
        post.indexed().index(PostIndex.NAME);
        post.binder(new PostFieldsBinder(zone));
        post.binder(new ApprovedCommentsBinder());

        post.property("title")
                .fullTextField(PostIndex.TITLE).analyzer(KOREAN).projectable(Projectable.YES)
                .highlightable(HIGHLIGHTABLE)
                .fullTextField(PostIndex.TITLE_PREFIX).analyzer(HANGUL_PREFIX).searchAnalyzer(HANGUL_WORD);
        post.property("contentHtml")
                .fullTextField(PostIndex.CONTENT).valueBridge(new HtmlTextBridge()).analyzer(KOREAN)
                .projectable(Projectable.YES).highlightable(HIGHLIGHTABLE)
                .fullTextField(PostIndex.CONTENT_PREFIX).valueBridge(new HtmlTextBridge()).analyzer(HANGUL_PREFIX)
                .searchAnalyzer(HANGUL_WORD).projectable(Projectable.YES).highlightable(HIGHLIGHTABLE);
        post.property("excerpt")
                .fullTextField(PostIndex.EXCERPT).analyzer(KOREAN)
                .fullTextField(PostIndex.EXCERPT_PREFIX).analyzer(HANGUL_PREFIX).searchAnalyzer(HANGUL_WORD);
        post.property("slug").keywordField(PostIndex.SLUG).projectable(Projectable.YES);
        post.property("kind").keywordField(PostIndex.KIND).projectable(Projectable.YES);
        post.property("status").keywordField(PostIndex.STATUS);
        post.property("visibility").keywordField(PostIndex.VISIBILITY);
        post.property("publishedAt").genericField(PostIndex.PUBLISHED_AT)
                .sortable(Sortable.YES).projectable(Projectable.YES);
        post.property("updatedAt").genericField(PostIndex.UPDATED_AT).sortable(Sortable.YES);
    }
}
