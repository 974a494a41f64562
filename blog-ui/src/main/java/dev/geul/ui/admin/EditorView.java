package dev.geul.ui.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
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
import dev.geul.base.DatabaseOutage;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Permalinks;
import dev.geul.base.Slugs;
import dev.geul.base.StorageFullException;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.media.MediaStore;
import dev.geul.post.EditConflictException;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostFilter;
import dev.geul.post.PostHistory;
import dev.geul.post.PostKind;
import dev.geul.post.PostReader;
import dev.geul.post.PostRevision;
import dev.geul.post.PostStatus;
import dev.geul.post.RevisionView;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.Refusals;
import dev.geul.ui.editor.PostBodyField;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a post or a page: the text (rich or as Markdown), and beside it the title, address, excerpt, category
 * and tags (for a page: the page it sits below and its place in the navigation), visibility and publication time.
 *
 * <p>What the author types is saved a few seconds after they stop (a draft in place; a published post as an
 * autosave that readers do not see until "Update"), when they press Ctrl+S, and when they leave. When
 * someone else saved the post in between, the author's text stays in the editor, the other version is shown
 * beside it, and the author chooses; nothing typed is dropped.
 *
 * <p>The fields (the title, the text as one {@link PostBodyField}, the settings in {@link PostSettings}) are bound to
 * a {@link PostForm}; which post is edited, at which version, and what the server holds of it is the
 * {@link EditSession}'s; the notices above the text are {@link EditorNotices}, the buttons {@link EditorActions}, the
 * text kept in the browser {@link BrowserCopy}'s. This view lays them out and reacts.
 */
@Route(value = "admin/posts/:" + EditorView.ID, layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class EditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";
    /** The route parameter of a page not written yet. */
    public static final String NEW_PAGE = "new-page";

    final TextField title = new TextField();
    final PostBodyField content;
    final EditorActions actions = new EditorActions();
    final EditorNotices notices;
    final PostSettings settings;
    private final BrowserCopy browserCopy;
    private final FieldErrors errors;

    /** More pages than a blog has; a page may sit below any of them. */
    private static final int MAX_PARENT_PAGES = 500;

    private final Binder<PostForm> form = new Binder<>();
    private final EditSession session;
    private final PostEditor posts;
    private final PostReader reader;
    private final PostHistory history;
    private final CategoryService categories;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final Clock clock;

    private boolean slugTouched;
    /** Fields are being filled from the server: not the author's edits. */
    private boolean loading;
    private boolean leaving;
    /** The last save was refused: the status says so until a save succeeds. */
    private boolean problem;
    /** The last save reached no storage (the database away, the disk full): said until a save succeeds. */
    private boolean saveFailed;

    public EditorView(PostEditor posts, PostReader reader, PostHistory history, CategoryService categories,
                      HtmlSanitizer sanitizer, MediaStore media, BlogProperties blog, Clock clock) {
        this.posts = posts;
        this.reader = reader;
        this.history = history;
        this.categories = categories;
        this.sanitizer = sanitizer;
        this.zone = blog.timeZone();
        this.clock = clock;
        this.session = new EditSession(posts, clock);
        this.content = new PostBodyField(sanitizer);
        this.notices = new EditorNotices(zone);
        this.settings = new PostSettings(zone);
        this.browserCopy = new BrowserCopy(content, notices, this::refreshState);
        this.errors = new FieldErrors(title, settings);
        addClassName("geul-editor-view");

        configureText(media);
        bindForm();
        layOut();
        listen();
    }

    // ------------------------------------------------------------------ the components

    private void configureText(MediaStore media) {
        title.setPlaceholder(getTranslation("editor.title"));
        title.setAriaLabel(getTranslation("editor.title"));
        title.setMaxLength(Post.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.addClassName("geul-editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(1000);

        content.setWidthFull();
        content.storeImagesIn(media);
    }

    /** The fields the author changes of the post, each bound to its part of the form. */
    private void bindForm() {
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

    private void layOut() {
        Div main = new Div(notices, title, content);
        main.addClassName("geul-editor-main");
        // the trash stays apart from the buttons that keep the post, below its settings
        Div side = new Div(actions, settings, actions.trash);
        side.addClassName("geul-editor-side");
        add(main, side);
    }

    private void listen() {
        // typing in the text saves on the editor's own tick; a change beside it asks for one
        form.addValueChangeListener(e -> edited(e.isFromClient() && e.getHasValue() != content));
        settings.slug.addValueChangeListener(e -> slugTouched |= e.isFromClient());
        title.addValueChangeListener(e -> followTitle());
        settings.publishAt.addValueChangeListener(e -> refreshState());

        actions.addSaveListener(e -> saveNow());
        actions.addPublishListener(e -> publishNow());
        actions.addUnpublishListener(e -> unpublishNow());
        actions.addPreviewListener(e -> new PostPreview(title.getValue(),
                sanitizer.sanitizePostHtml(content.getValue())).open());
        actions.addTrashListener(e -> moveToTrash());
        actions.addHistoryListener(e -> showHistory());

        new CategoryFromEditor(categories, settings, () -> edited(true));
        content.addAutosaveTickListener(e -> autosave());
        content.addSaveShortcutListener(e -> saveNow());
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
    }

    // ------------------------------------------------------------------ opening a post

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        settings.offer(CategoryNode.flatten(categories.tree()), reader.allTagNames());
        if (NEW.equals(id) || NEW_PAGE.equals(id)) {
            PostKind kind = NEW_PAGE.equals(id) ? PostKind.PAGE : PostKind.POST;
            showKind(kind, null);
            show(PostForm.blank(), null, false);
            session.startNew(kind, this::currentDraft);
            slugTouched = false;
        } else {
            PostDetail post = load(id);
            if (post == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            fill(post);
            offerNewerAutosave(post);
        }
        browserCopy.keepUnder(session.draftKey());
        refreshState();
    }

    private PostDetail load(String id) {
        try {
            return posts.getForEditing(Long.parseLong(id));
        } catch (NumberFormatException | dev.geul.base.NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    /** Shows the stored post and starts editing it from there. */
    private void fill(PostDetail post) {
        showKind(post.kind(), post.id());
        show(PostForm.of(post), post.status() == PostStatus.DRAFT ? null : post.publishedAt(),
                post.status() == PostStatus.PUBLISHED);
        slugTouched = !post.slug().equals(Slugs.slugify(post.title()));
        session.open(post, currentDraft());
        browserCopy.keepUnder(session.draftKey());
    }

    /** @param publishAt when a scheduled post goes public or a published one went public; null for a draft */
    private void show(PostForm values, Instant publishAt, boolean published) {
        loading = true;
        try {
            settings.knowTags(values.getTags());
            form.readBean(values);
            settings.showPublishAt(publishAt, published);
        } finally {
            loading = false;
        }
    }

    /** The settings a post or a page has; a page is offered the pages it may sit below. */
    private void showKind(PostKind kind, Long postId) {
        settings.showKind(kind);
        if (kind == PostKind.PAGE) {
            settings.offerParents(posts.manage(new PostFilter(null, null, null, false, PostKind.PAGE),
                    PageRequest.of(0, MAX_PARENT_PAGES, Sort.by("title"))).getContent(), postId);
        }
    }

    /** The post's earlier texts, what changed, and a way back; an unsaved change is saved first. */
    private void showHistory() {
        if (session.isNew()) {
            return;
        }
        if (hasUnsavedChanges()) {
            saveNow();
        }
        long id = session.postId();
        new HistoryDialog(history, id, session::version, zone, () -> {
            fill(posts.getForEditing(id));
            refreshState();
        }).open();
    }

    /** A published post's autosave newer than the post itself: the author may take it up again. */
    private void offerNewerAutosave(PostDetail post) {
        if (post.status() == PostStatus.DRAFT) {
            return;
        }
        Optional<RevisionView> newest = history.revisions(post.id()).stream().findFirst()
                .filter(revision -> revision.reason() == PostRevision.Reason.AUTOSAVE)
                .filter(revision -> revision.savedAt().isAfter(post.updatedAt()));
        newest.ifPresent(revision -> notices.offerAutosave(revision, () -> {
            title.setValue(revision.title());
            content.setValue(revision.contentHtml());
        }));
    }

    // ------------------------------------------------------------------ the form as a draft

    PostDraft currentDraft() {
        PostForm values = PostForm.blank();
        form.writeBeanAsDraft(values, true);
        return values.toDraft(session.kind());
    }

    /** Changes the server does not hold yet (not even as an autosave). */
    boolean hasUnsavedChanges() {
        return session.hasUnsavedChanges(currentDraft());
    }

    /** Changes readers of the published post do not see yet. */
    boolean hasUnpublishedChanges() {
        return session.hasUnpublishedChanges(currentDraft());
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
        if (!loading && !slugTouched && !session.everPublished()) {
            loading = true;
            try {
                settings.slug.setValue(Slugs.slugify(title.getValue()));
            } finally {
                loading = false;
            }
        }
    }

    // ------------------------------------------------------------------ saving

    /** Called a few seconds after a change: keeps the text on the server without publishing anything. */
    void autosave() {
        if (session.inConflict() || !hasUnsavedChanges()) {
            return;
        }
        if (title.getValue().isBlank()) {
            actions.say(getTranslation("editor.status.needtitle"));
            return;
        }
        store(false);
    }

    /** "Save draft" / "Update" and Ctrl+S. */
    void saveNow() {
        if (session.inConflict()) {
            Notification.show(getTranslation("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if (store(true) && correctPublishedAt()) {
            Notification.show(getTranslation(session.isLive() ? "editor.saved.update" : "editor.saved.draft"),
                    2500, Notification.Position.BOTTOM_START);
        }
    }

    /** A published post's time changed in its field: stored with the save, or refused beside the field. */
    private boolean correctPublishedAt() {
        Instant shown = settings.chosenPublishAt();
        if (!session.correctsPublishedAt(shown)) {
            return true;
        }
        try {
            session.correctPublishedAt(shown);
            settings.showPublishAt(session.publishedAt(), true);
            return true;
        } catch (InvalidInputException e) {
            showError(e.field(), Refusals.text(this, e));
            return false;
        } finally {
            refreshState();
        }
    }

    /** Sends the form to the server (see {@link EditSession#save}); says why when it is refused. */
    private boolean store(boolean manual) {
        errors.clear();
        PostDraft draft = currentDraft();
        if (draft.title().isBlank()) {
            errors.show("title", getTranslation("editor.error.title"));
            actions.say(getTranslation("editor.status.needtitle"));
            return false;
        }
        boolean wasNew = session.isNew();
        try {
            EditSession.Saved saved = session.save(draft, manual);
            if (wasNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "admin/posts/" + saved.post().id());
            }
            if (saved.slug() != null) {
                loading = true;
                try {
                    settings.slug.setValue(saved.slug());
                } finally {
                    loading = false;
                }
            }
            // the server has the text now: the browser's copy may go (a new post also moves to its own key)
            browserCopy.stored(session.draftKey(), draft.contentHtml());
            problem = false;
            saveFailed = false;
            return true;
        } catch (EditConflictException e) {
            showConflict();
            return false;
        } catch (InvalidInputException e) {
            Refusals.byField(this, e).forEach(this::showError);
            return false;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causes(e) && !(e instanceof StorageFullException)) {
                throw e;
            }
            // nothing was stored; the fields and the browser's copy keep the text, and the next save tries again
            saveFailed = true;
            Notification.show(getTranslation(e instanceof StorageFullException ? StorageFullException.KEY
                            : "error.database.unavailable"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            refreshState();
        }
    }

    private void publishNow() {
        if (session.inConflict()) {
            Notification.show(getTranslation("editor.conflict.choose"), 5000, Notification.Position.MIDDLE);
            return;
        }
        if ((hasUnsavedChanges() || hasUnpublishedChanges() || session.isNew()) && !store(true)) {
            return;
        }
        try {
            Instant at = scheduledInstant();
            session.publish(at);
            settings.showPublishAt(session.publishedAt(), session.status() == PostStatus.PUBLISHED);
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
        return settings.scheduledAfter(clock.instant());
    }

    private void unpublishNow() {
        if (session.isNew()) {
            return;
        }
        session.unpublish();
        settings.publishAt.clear();
        Notification.show(getTranslation("editor.unpublished"), 3000, Notification.Position.BOTTOM_START);
        refreshState();
        if (hasUnsavedChanges()) {
            content.scheduleAutosave();
        }
    }

    private void moveToTrash() {
        if (session.isNew()) {
            leaving = true;
            UI.getCurrent().navigate(PostsView.class);
            return;
        }
        if (hasUnsavedChanges() && !session.inConflict() && !title.getValue().isBlank()) {
            store(false);
        }
        session.trash();
        leaving = true;
        Notification.show(getTranslation("posts.trashed", 1), 3000, Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate(PostsView.class);
    }

    /** Someone else saved meanwhile: both texts side by side, and the author chooses. */
    private void showConflict() {
        PostDetail theirs = session.theirs();
        String who = history.revisions(theirs.id()).stream()
                .filter(revision -> revision.reason() != PostRevision.Reason.CONFLICT && revision.savedBy() != null)
                .map(RevisionView::savedBy).findFirst().orElse(getTranslation("editor.conflict.someone"));
        notices.showConflict(theirs, who, () -> {
            session.keepMine(theirs.version());
            saveNow();
        }, () -> {
            fill(theirs);
            refreshState();
        });
        actions.say(getTranslation("editor.status.conflict"));
    }

    // ------------------------------------------------------------------ leaving

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving) {
            return;
        }
        if (!session.inConflict() && hasUnsavedChanges() && !title.getValue().isBlank()) {
            store(false);
        }
        boolean unsaved = session.inConflict() || hasUnsavedChanges();
        boolean unpublished = !unsaved && hasUnpublishedChanges();
        if (!unsaved && !unpublished) {
            return;
        }
        LeaveConfirmation.ask(event, unsaved, () -> {
            leaving = true;
            content.setUnsaved(false);
        });
    }

    // ------------------------------------------------------------------ showing the state

    private void refreshState() {
        boolean unsaved = hasUnsavedChanges() || session.correctsPublishedAt(settings.chosenPublishAt());
        boolean conflict = session.inConflict();
        content.setUnsaved(unsaved || conflict);
        actions.show(EditorStatus.of(new EditorStatus.Standing(session.isNew(), session.isLive(), session.status(),
                unsaved, conflict, saveFailed, problem, hasUnpublishedChanges(), scheduledInstant() != null,
                session.lastSavedAt() == null ? null : Formats.time(session.lastSavedAt(), zone))));
    }

    /** A refusal of the save, said beside its field; the status says so until a save succeeds. */
    private void showError(String field, String message) {
        errors.show(field, message);
        problem = true;
    }

    /** The reader's address of this post, once it has one. */
    String permalink() {
        return session.isNew() ? null : session.kind() == PostKind.PAGE ? Permalinks.page(settings.slug.getValue())
                : Permalinks.post(settings.slug.getValue());
    }

    Long postId() {
        return session.postId();
    }

    static RouteParameters editing(long id) {
        return new RouteParameters(ID, Long.toString(id));
    }

    @Override
    public String getPageTitle() {
        boolean page = session.kind() == PostKind.PAGE;
        return getTranslation(session.isNew() ? (page ? "editor.new.page" : "editor.new")
                : (page ? "editor.edit.page" : "editor.edit"));
    }
}
