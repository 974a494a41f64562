package dev.geul.ui.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostKind;
import dev.geul.post.Visibility;

/**
 * The editor's fields as one bean, for its {@code Binder}: what the author can change of a post. Turned into the
 * {@link PostDraft} the server takes, where blank means "not given" and a password counts only for a protected
 * post.
 */
final class PostForm {

    private String title = "";
    private String slug = "";
    private String contentHtml = "";
    private String excerpt = "";
    private Long categoryId;
    private Set<String> tags = new LinkedHashSet<>();
    private Visibility visibility = Visibility.PUBLIC;
    private String password = "";
    private boolean sticky;
    private boolean commentsOpen = true;
    private Long parentId;
    private Integer menuOrder = 0;

    /** A new post: public, open to comments, nothing written yet. */
    static PostForm blank() {
        return new PostForm();
    }

    static PostForm of(PostDetail post) {
        PostForm form = new PostForm();
        form.title = post.title();
        form.slug = post.slug();
        form.contentHtml = post.contentHtml();
        form.excerpt = Objects.requireNonNullElse(post.explicitExcerpt(), "");
        form.categoryId = post.category() == null ? null : post.category().id();
        form.tags = new LinkedHashSet<>(post.tagNames());
        form.visibility = post.visibility();
        form.password = Objects.requireNonNullElse(post.accessPassword(), "");
        form.sticky = post.sticky();
        form.commentsOpen = post.commentsOpen();
        form.parentId = post.parentId();
        form.menuOrder = post.menuOrder();
        return form;
    }

    /**
     * What the server is sent for this form, for a post of this kind: a page has no category, tags or place on
     * top of the feed, and a post no parent page or place in the navigation.
     */
    PostDraft toDraft(PostKind kind) {
        Visibility chosen = Objects.requireNonNullElse(visibility, Visibility.PUBLIC);
        boolean page = kind == PostKind.PAGE;
        return new PostDraft(Objects.requireNonNullElse(title, "").strip(), blankToNull(slug), contentHtml,
                blankToNull(excerpt), page ? null : categoryId, page ? List.of() : tags.stream().sorted().toList(),
                chosen, chosen == Visibility.PASSWORD ? blankToNull(password) : null, !page && sticky, kind,
                page ? parentId : null, commentsOpen, page ? Objects.requireNonNullElse(menuOrder, 0) : null);
    }

    /**
     * The same draft whichever way it was written: blanks as null, tags in order, a password only where it counts;
     * two drafts that are equal so say the same.
     */
    static PostDraft normalized(PostDraft draft) {
        return new PostDraft(draft.title(), blankToNull(draft.slug()), draft.contentHtml(),
                blankToNull(draft.excerpt()), draft.categoryId(), draft.tags().stream().sorted().toList(),
                draft.visibility(), draft.visibility() == Visibility.PASSWORD ? blankToNull(draft.password()) : null,
                draft.sticky(), draft.kind(), draft.parentId(), draft.commentsOpen(), draft.menuOrder());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    String getContentHtml() {
        return contentHtml;
    }

    void setContentHtml(String contentHtml) {
        this.contentHtml = contentHtml;
    }

    String getExcerpt() {
        return excerpt;
    }

    void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    Long getCategoryId() {
        return categoryId;
    }

    void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    Set<String> getTags() {
        return tags;
    }

    void setTags(Set<String> tags) {
        this.tags = tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags);
    }

    Visibility getVisibility() {
        return visibility;
    }

    void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }

    boolean isSticky() {
        return sticky;
    }

    void setSticky(boolean sticky) {
        this.sticky = sticky;
    }

    boolean isCommentsOpen() {
        return commentsOpen;
    }

    void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    Long getParentId() {
        return parentId;
    }

    void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    Integer getMenuOrder() {
        return menuOrder;
    }

    void setMenuOrder(Integer menuOrder) {
        this.menuOrder = menuOrder;
    }
}
