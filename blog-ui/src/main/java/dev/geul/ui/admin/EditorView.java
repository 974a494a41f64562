package dev.geul.ui.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.base.Permalinks;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.base.html.Markdown;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.EditConflictException;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostKind;
import dev.geul.post.PostRevision;
import dev.geul.post.PostHistory;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.post.PostStatus;
import dev.geul.post.RevisionView;
import dev.geul.post.Tag;
import dev.geul.post.Visibility;
import dev.geul.ui.base.Formats;
import dev.geul.ui.editor.TipTapEditor;
import dev.geul.media.MediaStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a post: the text in geul's TipTap editor, and beside it the title, address, excerpt, category,
 * tags, visibility and publication time.
 *
 * <p>What the author types is saved a few seconds after they stop (a draft in place; a published post as an
 * autosave that readers do not see until "Update"), when they press Ctrl+S, and when they leave. When
 * someone else saved the post in between, the author's text stays in the editor, the other version is shown
 * beside it, and the author chooses; nothing typed is dropped.
 */
@Route(value = "admin/posts/:" + EditorView.ID, layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class EditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";

    final TextField title = new TextField();
    final TipTapEditor content = new TipTapEditor();
    final TextField slug = new TextField();
    final TextArea excerpt = new TextArea();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<Visibility> visibility = new Select<>();
    final TextField accessPassword = new TextField();
    final Checkbox sticky = new Checkbox();
    final Checkbox commentsOpen = new Checkbox();
    final DateTimePicker publishAt = new DateTimePicker();
    final Button save = new Button();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Button preview = new Button();
    final Button trash = new Button();
    final Button historyButton = new Button();
    /** The same text as Markdown, for writers who think in it; shown instead of the rich editor while chosen. */
    final TextArea markdown = new TextArea();
    final com.vaadin.flow.component.checkbox.Checkbox markdownMode = new com.vaadin.flow.component.checkbox.Checkbox();
    final Span status = new Span();
    final Div notices = new Div();

    private final PostEditor posts;
    private final PostReader reader;
    private final PostHistory history;
    private final CategoryService categories;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final Clock clock;

    private Long postId;
    private long version;
    private PostStatus postStatus = PostStatus.DRAFT;
    private PostKind kind = PostKind.POST;
    private Long parentId;
    private boolean everPublished;
    private boolean slugTouched;
    /** What the server keeps of the author's text: the post itself, or its newest autosave. */
    private PostDraft kept;
    /** What the post itself holds, as readers (of a published post) see it. */
    private PostDraft applied;
    private boolean conflict;
    private boolean loading;
    private boolean leaving;
    private boolean problem;
    private Instant lastSavedAt;

    public EditorView(PostEditor posts, PostReader reader, PostHistory history, CategoryService categories,
                      HtmlSanitizer sanitizer, MediaStore media, BlogProperties blog, Clock clock) {
        this.posts = posts;
        this.reader = reader;
        this.history = history;
        this.categories = categories;
        this.sanitizer = sanitizer;
        this.zone = blog.timeZone();
        this.clock = clock;
        addClassName("geul-editor-view");

        title.setPlaceholder(getTranslation("editor.title"));
        title.setAriaLabel(getTranslation("editor.title"));
        title.setMaxLength(Post.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.addClassName("geul-editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(1000);

        content.setWidthFull();
        String tooLarge = getTranslation("editor.upload.toolarge", MediaStore.MAX_BYTES / (1024 * 1024));
        String notAnImage = getTranslation("editor.upload.notimage");
        content.setImageUploads((data, fileName) -> {
            try {
                return media.store(data);
            } catch (MediaStore.RefusedException refused) {
                throw new TipTapEditor.RefusedUploadException(
                        refused.reason() == MediaStore.Refusal.TOO_LARGE ? tooLarge : notAnImage);
            }
        });

        slug.setLabel(getTranslation("editor.slug"));
        slug.setMaxLength(Post.SLUG_MAX_LENGTH);
        slug.setWidthFull();
        excerpt.setLabel(getTranslation("editor.excerpt"));
        excerpt.setHelperText(getTranslation("editor.excerpt.help"));
        excerpt.setMaxLength(Post.EXCERPT_MAX_LENGTH);
        excerpt.setWidthFull();
        category.setLabel(getTranslation("editor.category"));
        category.setItemLabelGenerator(node -> "\u00a0\u00a0".repeat(node.depth()) + node.name());
        category.setClearButtonVisible(true);
        category.setWidthFull();
        tags.setLabel(getTranslation("editor.tags"));
        tags.setHelperText(getTranslation("editor.tags.help"));
        tags.setAllowCustomValue(true);
        tags.setWidthFull();
        tags.addCustomValueSetListener(event -> addTag(event.getDetail()));
        visibility.setLabel(getTranslation("editor.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name().toLowerCase()));
        visibility.setWidthFull();
        accessPassword.setLabel(getTranslation("editor.accesspassword"));
        accessPassword.setMaxLength(Post.PASSWORD_MAX_LENGTH);
        accessPassword.setWidthFull();
        sticky.setLabel(getTranslation("editor.sticky"));
        commentsOpen.setLabel(getTranslation("editor.commentsopen"));
        publishAt.setLabel(getTranslation("editor.publishat", zone.getId()));
        publishAt.setHelperText(getTranslation("editor.publishat.help"));
        publishAt.setWidthFull();
        publishAt.setStep(java.time.Duration.ofMinutes(15));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveNow());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publishNow());
        unpublish.setText(getTranslation("editor.unpublish"));
        unpublish.addClickListener(e -> unpublishNow());
        preview.setText(getTranslation("editor.preview"));
        preview.addClickListener(e -> showPreview());
        trash.setText(getTranslation("editor.trash"));
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        trash.addClickListener(e -> moveToTrash());
        historyButton.setText(getTranslation("history.open"));
        historyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        historyButton.addClickListener(e -> showHistory());
        status.addClassName("geul-meta");
        status.setId("editor-status");

        HorizontalLayout actions = new HorizontalLayout(save, publish, unpublish, preview, historyButton);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        markdownMode.setLabel(getTranslation("editor.markdown"));
        markdownMode.addValueChangeListener(e -> switchMarkdown(e.getValue()));
        markdown.setWidthFull();
        markdown.setMinHeight("24rem");
        markdown.setVisible(false);
        markdown.addClassName("geul-editor-markdown");
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setValueChangeTimeout(1000);
        markdown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                content.setValue(sanitizer.sanitizePostHtml(Markdown.toHtml(e.getValue())));
                content.scheduleAutosave();
            }
        });
        Div main = new Div(notices, title, markdownMode, content, markdown);
        main.addClassName("geul-editor-main");
        Div side = new Div(actions, status, publishAt, visibility, accessPassword, category, tags, slug, excerpt,
                sticky, commentsOpen, trash);
        side.addClassName("geul-editor-side");
        add(main, side);

        for (var field : List.of(title, slug, excerpt, accessPassword)) {
            field.addValueChangeListener(e -> edited(e.isFromClient()));
        }
        slug.addValueChangeListener(e -> slugTouched |= e.isFromClient());
        title.addValueChangeListener(e -> followTitle());
        content.addValueChangeListener(e -> edited(false));
        category.addValueChangeListener(e -> edited(e.isFromClient()));
        tags.addValueChangeListener(e -> edited(e.isFromClient()));
        visibility.addValueChangeListener(e -> {
            accessPassword.setVisible(e.getValue() == Visibility.PASSWORD);
            edited(e.isFromClient());
        });
        sticky.addValueChangeListener(e -> edited(e.isFromClient()));
        commentsOpen.addValueChangeListener(e -> edited(e.isFromClient()));
        publishAt.addValueChangeListener(e -> refreshState());

        content.addAutosaveTickListener(e -> autosave());
        content.addLocalCopyListener(e -> offerLocalCopy(e.html(), e.savedAt()));
        // pasted Markdown arrives as rich text, made here with the same converter and sanitizer as a Markdown import
        content.addMarkdownPasteListener(e -> content.insertHtml(pastedHtml(e.text())));
        content.addSaveShortcutListener(e -> saveNow());
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        List<CategoryNode> tree = CategoryNode.flatten(categories.tree());
        category.setItems(tree);
        tags.setItems(new ArrayList<>(reader.allTagNames()));
        loading = true;
        try {
            if (NEW.equals(id)) {
                startNew();
            } else {
                PostDetail detail = load(id);
                if (detail == null) {
                    event.rerouteToError(NotFoundException.class);
                    return;
                }
                fill(detail);
                offerNewerAutosave(detail);
            }
        } finally {
            loading = false;
        }
        refreshState();
    }

    /** Pasted Markdown as the rich text it stands for, cleaned as every post's HTML is. */
    String pastedHtml(String markdown) {
        return sanitizer.sanitizePostHtml(Markdown.toHtml(markdown));
    }

    /** Shows the text as Markdown to write in, or back as rich text; it is one text either way. */
    private void switchMarkdown(boolean asMarkdown) {
        if (asMarkdown) {
            markdown.setValue(Markdown.fromHtml(content.getValue()));
        }
        markdown.setVisible(asMarkdown);
        content.setVisible(!asMarkdown);
    }

    /** The post's earlier texts, what changed, and a way back; an unsaved change is saved first. */
    private void showHistory() {
        if (postId == null) {
            return;
        }
        if (!normalized(currentDraft()).equals(kept)) {
            saveNow();
        }
        long id = postId;
        new HistoryDialog(history, id, () -> version, zone, () -> {
            loading = true;
            try {
                fill(posts.getForEditing(id));
            } finally {
                loading = false;
            }
            refreshState();
        }).open();
    }

    private PostDetail load(String id) {
        try {
            return posts.getForEditing(Long.parseLong(id));
        } catch (NumberFormatException | dev.geul.base.NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    private void startNew() {
        postId = null;
        version = 0;
        postStatus = PostStatus.DRAFT;
        kind = PostKind.POST;
        parentId = null;
        everPublished = false;
        slugTouched = false;
        visibility.setValue(Visibility.PUBLIC);
        commentsOpen.setValue(true);
        accessPassword.setVisible(false);
        kept = normalized(currentDraft());
        applied = kept;
        content.setDraftKey(draftKey());
    }

    private void fill(PostDetail detail) {
        postId = detail.id();
        version = detail.version();
        postStatus = detail.status();
        kind = detail.kind();
        parentId = detail.parentId();
        everPublished = detail.status() != PostStatus.DRAFT || detail.publishedAt() != null;
        title.setValue(detail.title());
        content.setValue(detail.contentHtml());
        slug.setValue(detail.slug());
        slugTouched = !detail.slug().equals(Slugs.slugify(detail.title()));
        excerpt.setValue(Objects.requireNonNullElse(detail.explicitExcerpt(), ""));
        category.setValue(detail.category() == null ? null : category.getListDataView().getItems()
                .filter(node -> node.id() == detail.category().id()).findFirst().orElse(null));
        List<String> names = detail.tagNames();
        names.forEach(this::ensureTagItem);
        tags.setValue(new LinkedHashSet<>(names));
        visibility.setValue(detail.visibility());
        accessPassword.setValue(Objects.requireNonNullElse(detail.accessPassword(), ""));
        accessPassword.setVisible(detail.visibility() == Visibility.PASSWORD);
        sticky.setValue(detail.sticky());
        commentsOpen.setValue(detail.commentsOpen());
        publishAt.setValue(detail.status() == PostStatus.SCHEDULED && detail.publishedAt() != null
                ? LocalDateTime.ofInstant(detail.publishedAt(), zone) : null);
        kept = normalized(currentDraft());
        applied = kept;
        content.setDraftKey(draftKey());
    }

    /** Where this browser keeps the text of this writer's post (or of a new one) until the server has it. */
    private String draftKey() {
        return "geul-draft:" + dev.geul.account.CurrentUser.accountId().orElse(0L) + ":"
                + (postId == null ? NEW : postId.toString());
    }

    /**
     * The browser kept text the server does not have (typed before a restart, a lost connection or an expired
     * session): shown with what it changes, and taken up only if the writer says so.
     */
    private void offerLocalCopy(String html, Instant keptAt) {
        String current = content.getValue();
        List<dev.geul.post.RevisionDiff.Segment> changes = dev.geul.post.RevisionDiff.between(current, html);
        if (changes.stream().allMatch(segment -> segment.change() == dev.geul.post.RevisionDiff.Change.SAME)) {
            content.discardLocalCopy();
            return;
        }
        Div notice = new Div();
        Button bringBack = new Button(getTranslation("editor.local.restore"), e -> {
            content.setValue(html);
            notices.remove(notice);
            // saved like any typing; the browser forgets its copy once the server has it
            content.scheduleAutosave();
            refreshState();
        });
        bringBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button letGo = new Button(getTranslation("editor.local.discard"), e -> {
            content.discardLocalCopy();
            notices.remove(notice);
        });
        letGo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        notice.add(new Span(getTranslation("editor.local.found", Formats.dateTime(keptAt, zone, getLocale()))),
                new DiffText(changes), new HorizontalLayout(bringBack, letGo));
        notice.addClassName("geul-notice");
        notice.setId("editor-local-copy");
        notices.add(notice);
    }

    /** A published post's autosave newer than the post itself: the author may take it up again. */
    private void offerNewerAutosave(PostDetail detail) {
        if (detail.status() == PostStatus.DRAFT) {
            return;
        }
        Optional<RevisionView> newest = history.revisions(detail.id()).stream().findFirst()
                .filter(revision -> revision.reason() == PostRevision.Reason.AUTOSAVE)
                .filter(revision -> revision.savedAt().isAfter(detail.updatedAt()));
        newest.ifPresent(revision -> {
            Button restore = new Button(getTranslation("editor.autosave.restore"), e -> {
                title.setValue(revision.title());
                content.setValue(revision.contentHtml());
                notices.removeAll();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div notice = new Div(new Span(getTranslation("editor.autosave.found",
                    Formats.dateTime(revision.savedAt(), zone, getLocale()))), restore);
            notice.addClassName("geul-notice");
            notices.add(notice);
        });
    }

    // ------------------------------------------------------------------ the form as a draft

    PostDraft currentDraft() {
        Visibility chosen = Objects.requireNonNullElse(visibility.getValue(), Visibility.PUBLIC);
        return new PostDraft(title.getValue().strip(), blankToNull(slug.getValue()), content.getValue(),
                blankToNull(excerpt.getValue()), category.getValue() == null ? null : category.getValue().id(),
                tags.getValue().stream().sorted().toList(), chosen,
                chosen == Visibility.PASSWORD ? blankToNull(accessPassword.getValue()) : null,
                sticky.getValue(), kind, parentId, commentsOpen.getValue());
    }

    private static PostDraft normalized(PostDraft draft) {
        return new PostDraft(draft.title(), blankToNull(draft.slug()), draft.contentHtml(),
                blankToNull(draft.excerpt()), draft.categoryId(), draft.tags().stream().sorted().toList(),
                draft.visibility(), draft.visibility() == Visibility.PASSWORD ? blankToNull(draft.password()) : null,
                draft.sticky(), draft.kind(), draft.parentId(), draft.commentsOpen());
    }

    /** Changes the server does not hold yet (not even as an autosave). */
    boolean hasUnsavedChanges() {
        return !normalized(currentDraft()).equals(kept);
    }

    /** Changes readers of the published post do not see yet. */
    boolean hasUnpublishedChanges() {
        return postStatus != PostStatus.DRAFT && !normalized(currentDraft()).equals(applied);
    }

    private void edited(boolean outsideTheText) {
        if (loading) {
            return;
        }
        refreshState();
        if (outsideTheText && hasUnsavedChanges()) {
            content.scheduleAutosave();
        }
    }

    /** While a draft has never been published and its address was not chosen by hand, it follows the title. */
    private void followTitle() {
        if (!loading && !slugTouched && !everPublished) {
            loading = true;
            try {
                slug.setValue(Slugs.slugify(title.getValue()));
            } finally {
                loading = false;
            }
        }
    }

    private void addTag(String name) {
        String tag = name.strip();
        if (tag.isEmpty() || tag.length() > Tag.NAME_MAX_LENGTH) {
            return;
        }
        ensureTagItem(tag);
        var selected = new LinkedHashSet<>(tags.getValue());
        selected.add(tag);
        tags.setValue(selected);
    }

    private void ensureTagItem(String tag) {
        if (tags.getListDataView().getItems().noneMatch(tag::equals)) {
            tags.getListDataView().addItem(tag);
        }
    }

    // ------------------------------------------------------------------ saving

    /** Called a few seconds after a change: keeps the text on the server without publishing anything. */
    void autosave() {
        if (conflict || !hasUnsavedChanges()) {
            return;
        }
        if (title.getValue().isBlank()) {
            status.setText(getTranslation("editor.status.needtitle"));
            return;
        }
        store(false);
    }

    /** "Save draft" / "Update" and Ctrl+S. */
    void saveNow() {
        if (conflict) {
            Notification.show(getTranslation("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if (store(true)) {
            Notification.show(getTranslation(postStatus == PostStatus.DRAFT ? "editor.saved.draft"
                    : "editor.saved.update"), 2500, Notification.Position.BOTTOM_START);
        }
    }

    /**
     * Sends the form to the server. A manual save changes the post (a published one too); an autosave of a
     * published or scheduled post is kept as a revision beside it.
     */
    private boolean store(boolean manual) {
        clearErrors();
        PostDraft draft = currentDraft();
        if (draft.title().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("editor.error.title"));
            status.setText(getTranslation("editor.status.needtitle"));
            return false;
        }
        try {
            PostDetail saved;
            boolean appliesToPost = manual || postStatus == PostStatus.DRAFT;
            if (postId == null) {
                saved = posts.create(draft);
                UI.getCurrent().getPage().getHistory().replaceState(null, "admin/posts/" + saved.id());
            } else if (manual) {
                saved = posts.update(postId, version, draft);
            } else {
                saved = posts.autosave(postId, version, draft);
            }
            accept(saved, draft, appliesToPost);
            lastSavedAt = clock.instant();
            problem = false;
            return true;
        } catch (EditConflictException e) {
            showConflict();
            return false;
        } catch (InvalidInputException e) {
            showError(e.field(), Refusals.text(this, e));
            return false;
        } catch (ConstraintViolationException e) {
            Refusals.byField(this, e).forEach(this::showError);
            return false;
        } finally {
            refreshState();
        }
    }

    private void accept(PostDetail saved, PostDraft sent, boolean appliesToPost) {
        postId = saved.id();
        version = saved.version();
        postStatus = saved.status();
        PostDraft stored = normalized(sent);
        if (appliesToPost && !saved.slug().equals(stored.slug())) {
            // the server made the address unique; show it, so the next save does not ask again
            loading = true;
            try {
                slug.setValue(saved.slug());
            } finally {
                loading = false;
            }
            stored = normalized(sent.withSlug(saved.slug()));
        }
        kept = stored;
        if (appliesToPost) {
            applied = stored;
        }
        // the server has the text now: the browser's copy may go (a new post also moves to its own key)
        content.setDraftKey(draftKey());
        content.confirmSaved(sent.contentHtml());
    }

    private void publishNow() {
        if (conflict) {
            Notification.show(getTranslation("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if ((hasUnsavedChanges() || hasUnpublishedChanges() || postId == null) && !store(true)) {
            return;
        }
        try {
            Instant at = scheduledInstant();
            PostDetail done = at != null ? posts.schedule(postId, at) : posts.publish(postId);
            version = done.version();
            postStatus = done.status();
            everPublished = true;
            slugTouched = true;
            Notification notification = Notification.show(at != null
                    ? getTranslation("editor.scheduled", Formats.dateTime(at, zone, getLocale()))
                    : getTranslation("editor.published"), 4000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showError(e.field(), Refusals.text(this, e));
        }
        refreshState();
    }

    private Instant scheduledInstant() {
        LocalDateTime local = publishAt.getValue();
        if (local == null) {
            return null;
        }
        Instant at = local.atZone(zone).toInstant();
        return at.isAfter(clock.instant()) ? at : null;
    }

    private void unpublishNow() {
        if (postId == null) {
            return;
        }
        PostDetail done = posts.unpublish(postId);
        version = done.version();
        postStatus = done.status();
        // a draft is saved in place: what only an autosave held so far goes into the post with the next save
        kept = applied;
        publishAt.clear();
        Notification.show(getTranslation("editor.unpublished"), 3000, Notification.Position.BOTTOM_START);
        refreshState();
        if (hasUnsavedChanges()) {
            content.scheduleAutosave();
        }
    }

    private void moveToTrash() {
        if (postId == null) {
            leaving = true;
            UI.getCurrent().navigate(PostsView.class);
            return;
        }
        if (hasUnsavedChanges() && !conflict && !title.getValue().isBlank()) {
            store(false);
        }
        posts.trash(postId);
        leaving = true;
        Notification.show(getTranslation("posts.trashed", 1), 3000, Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate(PostsView.class);
    }

    private void showPreview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("editor.preview"));
        Div body = new Div(new H1(title.getValue()),
                new Html("<div>" + sanitizer.sanitizePostHtml(content.getValue()) + "</div>"));
        body.addClassNames("geul-content", "geul-preview");
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), e -> dialog.close()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    // ------------------------------------------------------------------ someone else saved meanwhile

    private void showConflict() {
        conflict = true;
        PostDetail theirs = posts.getForEditing(postId);
        String who = history.revisions(postId).stream()
                .filter(revision -> revision.reason() == PostRevision.Reason.EDIT && revision.savedBy() != null)
                .map(RevisionView::savedBy).findFirst().orElse(getTranslation("editor.conflict.someone"));
        notices.removeAll();
        Div panel = new Div();
        panel.addClassNames("geul-notice", "geul-conflict");
        panel.setId("editor-conflict");
        panel.add(new Paragraph(getTranslation("editor.conflict.message", who,
                Formats.dateTime(theirs.updatedAt(), zone, getLocale()))));
        Div other = new Div(new H3(getTranslation("editor.conflict.theirs")), new H1(theirs.title()),
                new Html("<div>" + theirs.contentHtml() + "</div>"));
        other.addClassNames("geul-content", "geul-conflict-theirs");
        Button keepMine = new Button(getTranslation("editor.conflict.keepmine"), e -> {
            conflict = false;
            version = theirs.version();
            notices.removeAll();
            saveNow();
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button(getTranslation("editor.conflict.taketheirs"), e -> {
            conflict = false;
            notices.removeAll();
            loading = true;
            try {
                fill(theirs);
            } finally {
                loading = false;
            }
            refreshState();
        });
        panel.add(new HorizontalLayout(keepMine, takeTheirs), other);
        notices.add(panel);
        status.setText(getTranslation("editor.status.conflict"));
        version = theirs.version();
        // "keep mine" saves over the version shown here; until then nothing is saved automatically
    }

    // ------------------------------------------------------------------ leaving

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving) {
            return;
        }
        if (!conflict && hasUnsavedChanges() && !title.getValue().isBlank()) {
            store(false);
        }
        boolean unsaved = conflict || hasUnsavedChanges();
        boolean unpublished = !unsaved && hasUnpublishedChanges();
        if (!unsaved && !unpublished) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.leave.title"));
        dialog.setText(getTranslation(unsaved ? "editor.leave.unsaved" : "editor.leave.unpublished"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.leave.stay"));
        dialog.setConfirmText(getTranslation("editor.leave.go"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            leaving = true;
            content.setUnsaved(false);
            action.proceed();
        });
        dialog.open();
    }

    // ------------------------------------------------------------------ showing the state

    private void refreshState() {
        boolean unsaved = hasUnsavedChanges();
        content.setUnsaved(unsaved || conflict);
        boolean isNew = postId == null;
        boolean live = postStatus != PostStatus.DRAFT;
        save.setText(getTranslation(live ? "editor.update" : "editor.savedraft"));
        publish.setText(getTranslation(scheduledInstant() != null ? "editor.schedule"
                : live ? "editor.publish.again" : "editor.publish"));
        publish.setVisible(!live || scheduledInstant() != null || postStatus == PostStatus.SCHEDULED);
        unpublish.setVisible(live);
        trash.setVisible(!isNew);
        if (conflict) {
            return;
        }
        String saved = lastSavedAt == null ? null : Formats.time(lastSavedAt, zone);
        if (unsaved) {
            status.setText(getTranslation(problem ? "editor.status.error" : "editor.status.unsaved"));
        } else if (hasUnpublishedChanges()) {
            status.setText(saved == null ? getTranslation("editor.status.unpublished")
                    : getTranslation("editor.status.autosaved", saved));
        } else if (isNew) {
            status.setText(getTranslation("editor.status.new"));
        } else if (saved != null) {
            status.setText(live ? getTranslation("editor.status.live." + postStatus.name().toLowerCase(), saved)
                    : getTranslation("editor.status.saved", saved));
        } else {
            status.setText(getTranslation("editor.status." + postStatus.name().toLowerCase()));
        }
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[]{title, slug, excerpt, accessPassword, category,
                tags, publishAt}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void showError(String field, String message) {
        com.vaadin.flow.component.HasValidation target = switch (field) {
            case "title" -> title;
            case "slug" -> slug;
            case "excerpt" -> excerpt;
            case "password" -> accessPassword;
            case "category", "categoryId" -> category;
            case "tags" -> tags;
            case "publishedAt" -> publishAt;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        problem = true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The reader's address of this post, once it has one. */
    String permalink() {
        return postId == null ? null : kind == PostKind.PAGE ? Permalinks.page(slug.getValue())
                : Permalinks.post(slug.getValue());
    }

    Long postId() {
        return postId;
    }

    static RouteParameters editing(long id) {
        return new RouteParameters(ID, Long.toString(id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(postId == null ? "editor.new" : "editor.edit");
    }
}
