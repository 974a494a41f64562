package dev.geul.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.search.ReindexProgress;
import dev.geul.search.SearchIndexAdmin;
import dev.geul.site.SiteStatus;
import dev.geul.site.SiteStatusService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The search index against the blog, and rebuilding it from the database with its progress shown: after the
 * dictionary changed, or when searches miss posts. Readers keep searching meanwhile; their results fill up as the
 * rebuild goes. Admins only.
 */
@Route(value = "admin/search-index", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    final Span counts = new Span();
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();

    private final SearchIndexAdmin index;
    private final SiteStatusService site;

    public SearchIndexView(SearchIndexAdmin index, SiteStatusService site) {
        this.index = index;
        this.site = site;
        addClassName("geul-admin-page");
        rebuild.setText(getTranslation("searchindex.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> start());
        progress.setVisible(false);
        progress.setMaxWidth("40rem");
        add(new H2(getTranslation("app.admin.search")), new Paragraph(getTranslation("searchindex.help")), counts,
                rebuild, progress, status);
        showCounts(index.indexedPosts(), site.status());
        if (index.isRebuilding()) {
            rebuild.setEnabled(false);
            status.setText(getTranslation("searchindex.busy"));
        }
    }

    private void showCounts(long indexed, SiteStatus blog) {
        counts.setText(getTranslation("searchindex.counts", indexed, blog.posts() + blog.pages()));
    }

    private void start() {
        UI ui = UI.getCurrent();
        // the rebuild runs in a thread of its own, as the admin who asked for it
        SecurityContext admin = SecurityContextHolder.getContext();
        rebuild.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("searchindex.running"));
        ui.setPollInterval(500);
        Thread.ofVirtual().name("geul-search-rebuild").start(() -> {
            SecurityContextHolder.setContext(admin);
            try {
                ReindexProgress done = null;
                String failure = null;
                try {
                    done = index.reindex(current -> ui.access(() -> show(current)));
                } catch (RuntimeException e) {
                    failure = e.getMessage();
                }
                // asked here, as the admin: the UI's tasks may run in a thread that is not signed in
                long indexed = index.indexedPosts();
                SiteStatus blog = site.status();
                ReindexProgress result = done;
                String reason = failure;
                ui.access(() -> finish(result, reason, indexed, blog));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void show(ReindexProgress current) {
        if (current.total() > 0) {
            progress.setValue(Math.min(1.0, (double) current.done() / current.total()));
        }
        status.setText(getTranslation("searchindex.progress", current.done(), current.total()));
    }

    private void finish(ReindexProgress done, String failure, long indexed, SiteStatus blog) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        rebuild.setEnabled(true);
        status.setText(done != null ? getTranslation("searchindex.done", done.done())
                : getTranslation("searchindex.failed", failure));
        showCounts(indexed, blog);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.search");
    }
}
