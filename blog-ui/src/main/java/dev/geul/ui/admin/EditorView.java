package dev.geul.ui.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.geul.base.BlogProperties;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostEditor;
import dev.geul.post.PostFilter;
import dev.geul.post.PostHistory;
import dev.geul.post.PostKind;
import dev.geul.post.PostLists;
import dev.geul.post.PostRevision;
import dev.geul.post.PostStatus;
import dev.geul.post.RevisionView;
import dev.geul.ui.base.Formats;
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
 * <p>The fields (the title, the text as one {@link PostBodyField}, the settings in {@link PostSettings}) are
 * {@link PostFields}; which post is edited, at which version, and what the server holds of it is the
 * {@link EditSession}'s; what saving and publishing do and say is {@link PostSaving}'s; the notices above the text are
 * {@link EditorNotices}, the buttons {@link EditorActions}, the text kept in the browser {@link BrowserCopy}'s. This
 * view lays them out, opens a post in them and wires them together.
 */
@Route(value = "admin/posts/:" + EditorView.ID, layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class EditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";
    /** The route parameter of a page not written yet. */
    public static final String NEW_PAGE = "new-page";

    /** More pages than a blog has; a page may sit below any of them. */
    private static final int MAX_PARENT_PAGES = 500;

    final TextField title;
    final PostBodyField content;
    final PostSettings settings;
    final EditorActions actions = new EditorActions();
    final EditorNotices notices;
    private final PostFields fields;
    private final BrowserCopy browserCopy;
    private final EditSession session;
    private final PostSaving saving;

    private final PostEditor posts;
    private final PostLists lists;
    private final PostHistory history;
    private final CategoryService categories;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;

    private boolean leaving;

    public EditorView(PostEditor posts, PostLists lists, PostHistory history, CategoryService categories,
                      HtmlSanitizer sanitizer, MediaStore media, BlogProperties blog, Clock clock) {
        this.posts = posts;
        this.lists = lists;
        this.history = history;
        this.categories = categories;
        this.sanitizer = sanitizer;
        this.zone = blog.timeZone();
        this.session = new EditSession(posts, clock);
        this.notices = new EditorNotices(zone);
        this.fields = new PostFields(sanitizer, media, new PostSettings(zone));
        this.title = fields.title;
        this.content = fields.content;
        this.settings = fields.settings;
        this.browserCopy = new BrowserCopy(content, notices, this::refresh);
        this.saving = new PostSaving(session, fields, actions, notices, new FieldErrors(title, settings), browserCopy,
                history, zone, clock, new PostSaving.Editor(this::refresh, this::reopen, this::leave));
        addClassName("geul-editor-view");

        layOut();
        listen();
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
        fields.onEdit(this::edited);
        title.addValueChangeListener(e -> fields.followTitle(session.everPublished()));
        settings.publishAt.addValueChangeListener(e -> refresh());

        actions.addSaveListener(e -> saving.saveNow());
        actions.addPublishListener(e -> saving.publishNow());
        actions.addUnpublishListener(e -> saving.unpublishNow());
        actions.addPreviewListener(e -> new PostPreview(title.getValue(),
                sanitizer.sanitizePostHtml(content.getValue())).open());
        actions.addTrashListener(e -> saving.moveToTrash());
        actions.addHistoryListener(e -> showHistory());

        new CategoryFromEditor(categories, settings, () -> edited(true));
        content.addAutosaveTickListener(e -> saving.autosave());
        content.addSaveShortcutListener(e -> saveNow());
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::saveNow, Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
    }

    // ------------------------------------------------------------------ opening a post

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse(NEW);
        settings.offer(CategoryNode.flatten(categories.tree()), lists.allTagNames());
        if (NEW.equals(id) || NEW_PAGE.equals(id)) {
            PostKind kind = NEW_PAGE.equals(id) ? PostKind.PAGE : PostKind.POST;
            showKind(kind, null);
            fields.show(PostForm.blank(), null, false, false);
            session.startNew(kind, () -> fields.draft(kind));
        } else {
            PostDetail post = load(id);
            if (post == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            reopen(post);
            offerNewerAutosave(post);
        }
        browserCopy.keepUnder(session.draftKey());
        refresh();
    }

    private PostDetail load(String id) {
        try {
            return posts.getForEditing(Long.parseLong(id));
        } catch (NumberFormatException | dev.geul.base.NotFoundException | AccessDeniedException e) {
            return null;
        }
    }

    /** Shows the stored post and starts editing it from there. */
    private void reopen(PostDetail post) {
        showKind(post.kind(), post.id());
        fields.show(PostForm.of(post), post.status() == PostStatus.DRAFT ? null : post.publishedAt(),
                post.status() == PostStatus.PUBLISHED, !post.slug().equals(Slugs.slugify(post.title())));
        session.open(post, fields.draft(post.kind()));
        browserCopy.keepUnder(session.draftKey());
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
        if (saving.unsaved()) {
            saveNow();
        }
        long id = session.postId();
        new HistoryDialog(history, id, session::version, zone, () -> {
            reopen(posts.getForEditing(id));
            refresh();
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

    // ------------------------------------------------------------------ the author's changes

    private void edited(boolean besideTheText) {
        refresh();
        if (besideTheText && saving.unsaved()) {
            content.scheduleAutosave();
        }
    }

    /** "Save draft" / "Update" and Ctrl+S. */
    void saveNow() {
        saving.saveNow();
    }

    // ------------------------------------------------------------------ leaving

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving) {
            return;
        }
        saving.saveBeforeLeaving();
        boolean unsaved = session.inConflict() || saving.unsaved();
        boolean unpublished = !unsaved && saving.unpublished();
        if (!unsaved && !unpublished) {
            return;
        }
        LeaveConfirmation.ask(event, unsaved, () -> {
            leaving = true;
            content.setUnsaved(false);
        });
    }

    private void leave() {
        leaving = true;
        UI.getCurrent().navigate(PostsView.class);
    }

    // ------------------------------------------------------------------ showing the state

    private void refresh() {
        boolean unsaved = saving.unsaved() || session.correctsPublishedAt(settings.chosenPublishAt());
        boolean conflict = session.inConflict();
        content.setUnsaved(unsaved || conflict);
        actions.show(EditorStatus.of(new EditorStatus.Standing(session.isNew(), session.isLive(), session.status(),
                unsaved, conflict, saving.failed(), saving.refused(), saving.unpublished(),
                saving.scheduledAt() != null,
                session.lastSavedAt() == null ? null : Formats.time(session.lastSavedAt(), zone))));
    }

    /** The reader's address of this post, once it has one. */
    String permalink() {
        return session.isNew() ? null : session.kind().permalink(settings.slug.getValue());
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
