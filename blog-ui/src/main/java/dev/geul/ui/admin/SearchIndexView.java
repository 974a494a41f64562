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
            Outcome outcome = rebuildAs(admin, ui);
            ui.access(() -> finish(outcome));
        });
    }

    /** How a rebuild ended: what it indexed and the counts after it, or why it stopped. */
    private record Outcome(ReindexProgress done, String failure, long indexed, SiteStatus blog) {
    }

    /** In the rebuild's thread, as the admin: the counts are asked here, since the UI's tasks may run unsigned. */
    private Outcome rebuildAs(SecurityContext admin, UI ui) {
        SecurityContextHolder.setContext(admin);
        try {
            ReindexProgress done = index.reindex(current -> ui.access(() -> show(current)));
            return new Outcome(done, null, index.indexedPosts(), site.status());
        } catch (RuntimeException e) {
            return new Outcome(null, e.getMessage(), -1, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void show(ReindexProgress current) {
        if (current.total() > 0) {
            progress.setValue(Math.min(1.0, (double) current.done() / current.total()));
        }
        status.setText(getTranslation("searchindex.progress", current.done(), current.total()));
    }

    private void finish(Outcome outcome) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        rebuild.setEnabled(true);
        if (outcome.done() != null) {
            status.setText(getTranslation("searchindex.done", outcome.done().done()));
            showCounts(outcome.indexed(), outcome.blog());
        } else {
            status.setText(getTranslation("searchindex.failed", outcome.failure()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.search");
    }
}
