package dev.geul.ui.admin;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaStore;
import dev.geul.post.Post;
import dev.geul.post.PostDraft;
import dev.geul.post.PostKind;
import dev.geul.ui.editor.PostBodyField;

/**
 * The fields of a post in the editor (the title, the text as one {@link PostBodyField}, the settings in
 * {@link PostSettings}) bound to a {@link PostForm}: what the author typed as a draft, and the stored post shown
 * in them without that counting as the author's edit.
 *
 * <p>While a draft was never published and its address was not chosen by hand, the address follows the title.
 */
final class PostFields {

    final TextField title = new TextField();
    final PostBodyField content;
    final PostSettings settings;

    private final Binder<PostForm> form = new Binder<>();
    /** The fields are being filled from the server: not the author's edits. */
    private boolean loading;
    private boolean slugChosen;

    PostFields(HtmlSanitizer sanitizer, MediaStore media, PostSettings settings) {
        this.content = new PostBodyField(sanitizer);
        this.settings = settings;
        title.setPlaceholder(title.getTranslation("editor.title"));
        title.setAriaLabel(title.getTranslation("editor.title"));
        title.setMaxLength(Post.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.addClassName("geul-editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(1000);
        content.setWidthFull();
        content.storeImagesIn(media);
        bind();
        settings.slug.addValueChangeListener(e -> slugChosen |= e.isFromClient());
    }

    private void bind() {
        // a setting hidden for this kind of post (or this visibility) keeps its value all the same
        form.setApplyBindingsToHiddenFields(true);
        form.forField(title).bind(PostForm::getTitle, PostForm::setTitle);
        form.forField(content).bind(PostForm::getContentHtml, PostForm::setContentHtml);
        form.forField(settings.slug).bind(PostForm::getSlug, PostForm::setSlug);
        form.forField(settings.excerpt).bind(PostForm::getExcerpt, PostForm::setExcerpt);
        form.forField(settings.category).withConverter(node -> node == null ? null : node.id(), settings::categoryNode)
                .bind(PostForm::getCategoryId, PostForm::setCategoryId);
        form.forField(settings.tags).bind(PostForm::getTags, PostForm::setTags);
        form.forField(settings.visibility).bind(PostForm::getVisibility, PostForm::setVisibility);
        form.forField(settings.accessPassword).bind(PostForm::getPassword, PostForm::setPassword);
        form.forField(settings.sticky).bind(PostForm::isSticky, PostForm::setSticky);
        form.forField(settings.commentsOpen).bind(PostForm::isCommentsOpen, PostForm::setCommentsOpen);
        form.forField(settings.parent).withConverter(page -> page == null ? null : page.id(), settings::parentPage)
                .bind(PostForm::getParentId, PostForm::setParentId);
        form.forField(settings.menuOrder).bind(PostForm::getMenuOrder, PostForm::setMenuOrder);
    }

    /**
     * Tells {@code listener} of every change the author makes: {@code besideTheText} when it is not in the text
     * (the text saves on the editor's own tick). Changes made by filling the fields are not told.
     */
    void onEdit(Consumer<Boolean> listener) {
        form.addValueChangeListener(e -> {
            if (!loading) {
                listener.accept(e.isFromClient() && e.getHasValue() != content);
            }
        });
    }

    /** What the fields hold, as a draft of a post of that kind. */
    PostDraft draft(PostKind kind) {
        PostForm values = PostForm.blank();
        form.writeBeanAsDraft(values, true);
        return values.toDraft(kind);
    }

    boolean titleBlank() {
        return title.getValue().isBlank();
    }

    /**
     * Shows what the server holds.
     *
     * @param publishAt  when a scheduled post goes public or a published one went public; null for a draft
     * @param slugChosen whether the address is the author's own rather than the title's
     */
    void show(PostForm values, Instant publishAt, boolean published, boolean slugChosen) {
        quietly(() -> {
            settings.knowTags(values.getTags());
            form.readBean(values);
            settings.showPublishAt(publishAt, published);
        });
        this.slugChosen = slugChosen;
    }

    /** The address the server chose instead of the one sent. */
    void showSlug(String slug) {
        quietly(() -> settings.slug.setValue(slug));
    }

    /** Once a post has gone public its address stays, whatever its title becomes. */
    void keepSlug() {
        slugChosen = true;
    }

    /** The address follows the title while nothing keeps it. */
    void followTitle(boolean everPublished) {
        if (!loading && !slugChosen && !everPublished) {
            quietly(() -> settings.slug.setValue(Slugs.slugify(title.getValue())));
        }
    }

    private void quietly(Runnable filling) {
        loading = true;
        try {
            filling.run();
        } finally {
            loading = false;
        }
    }
}
