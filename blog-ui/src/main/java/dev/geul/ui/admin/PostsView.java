package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.AccountService;
import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.base.Refusal;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostFilter;
import dev.geul.post.PostOwnership;
import dev.geul.post.PostEditor;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The writer's posts and pages (an admin's: everyone's), page by page from the server: filter by status, category
 * and words in the title; publish, unpublish or trash several at once; restore or delete for good from the trash.
 * At {@value #PAGES} it opens on the pages.
 */
@Route(value = "admin/posts", layout = AdminLayout.class)
@RouteAlias(value = PostsView.PAGES, layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class PostsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PAGES = "admin/pages";

    final Tab postsTab = new Tab();
    final Tab pagesTab = new Tab();
    final Tab trashTab = new Tab();
    final Tabs tabs = new Tabs(postsTab, pagesTab, trashTab);
    final Select<PostStatus> status = new Select<>();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<PostSummary> grid = new Grid<>();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Button trash = new Button();
    final Button restore = new Button();
    final Button deleteForever = new Button();
    final Button giveTo = new Button();
    final RouterLink write = new RouterLink();
    final RouterLink writePage = new RouterLink();

    private final PostEditor posts;
    private final ZoneId zone;

    public PostsView(PostEditor posts, CategoryService categories, BlogProperties blog,
                     AuthenticationContext authentication, AccountService accounts, PostOwnership ownership) {
        this.posts = posts;
        this.zone = blog.timeZone();
        setSizeFull();
        addClassName("geul-admin-page");
        boolean admin = authentication.getAuthenticatedUser(BlogUser.class).map(BlogUser::isAdmin).orElse(false);

        postsTab.setLabel(getTranslation("posts.tab.posts"));
        pagesTab.setLabel(getTranslation("posts.tab.pages"));
        trashTab.setLabel(getTranslation("posts.tab.trash"));
        status.setLabel(getTranslation("posts.status"));
        status.setItems(PostStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("posts.status.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("posts.status.any")
                : getTranslation("status." + s.name().toLowerCase()));
        category.setLabel(getTranslation("editor.category"));
        category.setItems(CategoryNode.flatten(categories.tree()));
        category.setItemLabelGenerator(node -> "\u00a0\u00a0".repeat(node.depth()) + node.name());
        category.setClearButtonVisible(true);
        text.setLabel(getTranslation("posts.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        write.setText(getTranslation("app.write"));
        write.setRoute(EditorView.class, new RouteParameters(EditorView.ID, EditorView.NEW));
        write.addClassName("geul-button-link");
        writePage.setText(getTranslation("posts.newpage"));
        writePage.setRoute(EditorView.class, new RouteParameters(EditorView.ID, EditorView.NEW_PAGE));
        writePage.addClassName("geul-button-link");
        HorizontalLayout filters = new HorizontalLayout(status, category, text, write, writePage);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(LitRenderer.<PostSummary>of("<a router-link href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", post -> "admin/posts/" + post.id())
                        .withProperty("title", PostSummary::title))
                .setHeader(getTranslation("posts.col.title")).setSortProperty("title").setFlexGrow(4)
                .setKey("title");
        grid.addColumn(this::statusText).setHeader(getTranslation("posts.status")).setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(post -> getTranslation("visibility." + post.visibility().name().toLowerCase()))
                .setHeader(getTranslation("editor.visibility")).setAutoWidth(true);
        grid.addColumn(post -> post.category() == null ? "" : post.category().name())
                .setHeader(getTranslation("editor.category")).setAutoWidth(true);
        if (admin) {
            grid.addColumn(PostSummary::authorName).setHeader(getTranslation("posts.col.author")).setAutoWidth(true);
        }
        grid.addColumn(PostSummary::commentCount).setHeader(getTranslation("posts.col.comments")).setAutoWidth(true);
        grid.addColumn(PostSummary::likeCount).setHeader(getTranslation("posts.col.likes")).setAutoWidth(true);
        grid.addColumn(post -> Formats.dateTime(post.updatedAt(), zone, getLocale()))
                .setHeader(getTranslation("posts.col.updated")).setSortProperty("updatedAt").setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(query -> posts.manage(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) posts.manage(filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateText(getTranslation("posts.empty"));
        grid.setSizeFull();

        publish.setText(getTranslation("editor.publish"));
        publish.addClickListener(e -> bulk("posts.published", posts::publish));
        unpublish.setText(getTranslation("editor.unpublish"));
        unpublish.addClickListener(e -> bulk("posts.unpublished", posts::unpublish));
        trash.setText(getTranslation("editor.trash"));
        trash.addThemeVariants(ButtonVariant.LUMO_ERROR);
        trash.addClickListener(e -> bulk("posts.trashed", posts::trash));
        restore.setText(getTranslation("posts.restore"));
        restore.addClickListener(e -> bulk("posts.restored", posts::restore));
        deleteForever.setText(getTranslation("posts.deleteforever"));
        deleteForever.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deleteForever.addClickListener(e -> confirmDeleteForever());
        // an imported post arrives signed by whoever imported it; an admin gives it to the one who wrote it
        giveTo.setText(getTranslation("posts.giveto"));
        giveTo.setVisible(admin);
        giveTo.addClickListener(e -> {
            List<Long> chosen = grid.getSelectedItems().stream().map(PostSummary::id).toList();
            new GivePostsDialog(getTranslation("posts.giveto.title", chosen.size()), accounts.list(),
                    receiver -> ownership.give(chosen, receiver.id()), this::refresh).open();
        });
        Span selectionHint = new Span(getTranslation("posts.selectionhint"));
        selectionHint.addClassName("geul-meta");
        HorizontalLayout actions = new HorizontalLayout(publish, unpublish, trash, restore, deleteForever, giveTo,
                selectionHint);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");

        tabs.addSelectedChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        grid.addSelectionListener(e -> refreshActions());

        add(tabs, filters, actions, grid);
        refreshActions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getPath().equals(PAGES)) {
            tabs.setSelectedTab(pagesTab);
        }
    }

    PostFilter filter() {
        boolean pages = tabs.getSelectedTab() == pagesTab;
        return new PostFilter(status.getValue(),
                category.getValue() == null || pages ? null : category.getValue().id(), text.getValue(),
                tabs.getSelectedTab() == trashTab, pages ? PostKind.PAGE
                : tabs.getSelectedTab() == postsTab ? PostKind.POST : null);
    }

    private String statusText(PostSummary post) {
        String label = getTranslation("status." + post.status().name().toLowerCase());
        return post.status() == PostStatus.SCHEDULED
                ? label + " · " + Formats.dateTime(post.publishedAt(), zone, getLocale()) : label;
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        refreshActions();
    }

    private void refreshActions() {
        boolean inTrash = tabs.getSelectedTab() == trashTab;
        boolean pages = tabs.getSelectedTab() == pagesTab;
        boolean any = !grid.getSelectedItems().isEmpty();
        status.setVisible(!inTrash);
        category.setVisible(!pages);
        write.setVisible(!pages);
        writePage.setVisible(pages);
        for (Button button : List.of(publish, unpublish, trash)) {
            button.setVisible(!inTrash);
            button.setEnabled(any);
        }
        for (Button button : List.of(restore, deleteForever)) {
            button.setVisible(inTrash);
            button.setEnabled(any);
        }
        giveTo.setEnabled(any);
    }

    /** Runs an action on every selected post; one post refused does not stop the others. */
    private void bulk(String doneKey, LongConsumer action) {
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (PostSummary post : grid.getSelectedItems()) {
            try {
                action.accept(post.id());
                done++;
            } catch (Refusal e) {
                refused.add(post.title() + ": " + Refusals.text(this, e));
            } catch (AccessDeniedException e) {
                refused.add(post.title() + ": " + getTranslation("error.denied"));
            }
        }
        refresh();
        Notification.show(getTranslation(doneKey, done), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (!refused.isEmpty()) {
            Notification.show(String.join("\n", refused), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmDeleteForever() {
        int count = grid.getSelectedItems().size();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("posts.deleteforever.title"),
                getTranslation("posts.deleteforever.text", count), getTranslation("posts.deleteforever"),
                e -> bulk("posts.deleted", posts::deleteForever));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.posts");
    }
}
