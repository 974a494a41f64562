package dev.geul.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.BlogUser;
import dev.geul.backup.BackupService;
import dev.geul.backup.BackupSummary;
import dev.geul.base.BlogProperties;
import dev.geul.comment.UnreadComments;
import dev.geul.ui.base.Appearance;
import jakarta.annotation.security.RolesAllowed;

/**
 * The writers' frame: a side navigation to posts, the editor, comments, categories and accounts. Separate
 * from the readers' light frame, which has no drawer and no navigation state.
 */
@RolesAllowed({"ADMIN", "AUTHOR"})
public class AdminLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final Span who = new Span();
    private final UnreadComments unread;
    private final SideNavItem commentsItem;
    /** The unread count beside "Comments", or null when nothing is unread. */
    com.vaadin.flow.component.badge.Badge unreadBadge;
    /** Admins only: a failed latest backup, said in the frame of every page until a backup succeeds. */
    final Anchor backupFailed = new Anchor();
    private final BackupService backups;
    private final java.time.ZoneId zone;

    public AdminLayout(BlogProperties blog, AuthenticationContext authentication, UnreadComments unread,
                       BackupService backups) {
        this.unread = unread;
        this.backups = backups;
        this.zone = blog.timeZone();
        BlogUser user = authentication.getAuthenticatedUser(BlogUser.class).orElseThrow();
        setPrimarySection(Section.DRAWER);

        Anchor home = new Anchor("/", blog.title());
        home.addClassName("geul-admin-brand");

        SideNav nav = new SideNav();
        if (user.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("stats.title"), StatisticsView.class,
                    VaadinIcon.CHART.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("app.admin.posts"), PostsView.class, VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("app.admin.pages"), PostsView.PAGES, VaadinIcon.FILE_O.create()));
        nav.addItem(new SideNavItem(getTranslation("app.write"), EditorView.class,
                new RouteParameters(EditorView.ID, EditorView.NEW), VaadinIcon.EDIT.create()));
        commentsItem = new SideNavItem(getTranslation("app.admin.comments"), CommentsView.class,
                VaadinIcon.COMMENTS_O.create());
        nav.addItem(commentsItem);
        if (user.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("app.admin.categories"), CategoriesView.class,
                    VaadinIcon.FOLDER_O.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("app.admin.profile"), ProfileView.class,
                VaadinIcon.USER_CARD.create()));
        nav.addItem(new SideNavItem(getTranslation("app.admin.accounts"), AccountsView.class,
                VaadinIcon.USER.create()));
        nav.addItem(new SideNavItem(getTranslation("app.admin.tokens"), TokensView.class, VaadinIcon.KEY_O.create()));
        if (user.isAdmin()) {
            // by address: the appearance view lives in its own package, which depends on this layout
            nav.addItem(new SideNavItem(getTranslation("app.admin.appearance"), "/admin/appearance",
                    VaadinIcon.PAINTBRUSH.create()));
            nav.addItem(new SideNavItem(getTranslation("app.admin.import"), TransferView.class,
                    VaadinIcon.EXCHANGE.create()));
            nav.addItem(new SideNavItem(getTranslation("app.admin.search"), SearchIndexView.class,
                    VaadinIcon.SEARCH.create()));
            nav.addItem(new SideNavItem(getTranslation("app.admin.synonyms"), SynonymsView.class,
                    VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem(getTranslation("backups.title"), BackupsView.class,
                    VaadinIcon.ARCHIVE.create()));
            nav.addItem(new SideNavItem(getTranslation("app.admin.mail"), MailView.class,
                    VaadinIcon.ENVELOPE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("app.admin.subscribers"), SubscribersView.class,
                    VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("webhooks.title"), WebhooksView.class,
                    VaadinIcon.PLUG.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("admin.viewblog"), "/", VaadinIcon.HOME_O.create()));
        nav.setWidthFull();

        showSignedInAs(user.displayName());
        who.addClassName("geul-meta");
        Button language = new Button(getTranslation("app.language"), e -> Appearance.switchLanguage(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> Appearance.toggleDark(UI.getCurrent()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        theme.setAriaLabel(getTranslation("app.theme.dark"));
        Button signOut = new Button(getTranslation("app.signout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout switches = new HorizontalLayout(language, theme);
        switches.setSpacing(false);
        VerticalLayout footer = new VerticalLayout(who, switches, signOut);
        footer.setPadding(true);
        footer.setSpacing(false);

        Div drawer = new Div(home, nav, footer);
        drawer.addClassName("geul-admin-drawer");
        addToDrawer(drawer);

        viewTitle.addClassName("geul-admin-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("admin.drawer.toggle"));
        toggle.setTooltipText(getTranslation("admin.drawer.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("admin.drawer")));
        backupFailed.setHref("admin/backups");
        backupFailed.addClassName("geul-backup-failed-notice");
        backupFailed.getElement().setAttribute("role", "alert");
        backupFailed.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-inline-start", "auto")
                .set("margin-inline-end", "var(--lumo-space-m)").set("font-weight", "600");
        backupFailed.setVisible(false);
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, backupFailed);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setSpacing(false);
        addToNavbar(navbar);
        addClassName("geul-admin");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        String title = "";
        if (content instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            title = content.getClass().getAnnotation(PageTitle.class).value();
        }
        int cut = title.lastIndexOf(" · ");
        viewTitle.setText(cut > 0 ? title.substring(0, cut) : title);
        refreshWaitingCount();
        refreshBackupNotice();
    }

    /** Shows "Backup failed" beside the title, with when and why, while the latest backup is a failed one. */
    void refreshBackupNotice() {
        // asked of who is signed in now: a layout outlives a sign-in in tests that switch writers
        var failed = dev.geul.account.CurrentUser.isAdmin() ? backups.latestFailure()
                : java.util.Optional.<BackupSummary>empty();
        backupFailed.setVisible(failed.isPresent());
        failed.ifPresent(backup -> {
            backupFailed.setText(getTranslation("backups.lastfailed.short"));
            backupFailed.setTitle(FailedBackupNotice.headline(this, backup, zone));
        });
    }

    void showSignedInAs(String displayName) {
        who.setText(getTranslation("admin.signedinas", displayName));
    }

    /**
     * How many comments came since the writer last opened the comments, new ones and ones waiting for approval
     * together, beside "Comments"; its tooltip says how many of each.
     */
    void refreshWaitingCount() {
        UnreadComments.Counts counts = unread.counts();
        unreadBadge = counts.total() == 0 ? null : new com.vaadin.flow.component.badge.Badge(
                Long.toString(counts.total()));
        if (unreadBadge != null) {
            String says = getTranslation("comments.unread", counts.newComments(), counts.waiting());
            unreadBadge.getElement().setAttribute("title", says);
            unreadBadge.getElement().setAttribute("aria-label", says);
        }
        commentsItem.setSuffixComponent(unreadBadge);
    }
}
