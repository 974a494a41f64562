package dev.geul.ui.post;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.AccountService;
import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.comment.CommentService;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostReader;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.MainLayout;
import dev.geul.ui.base.RouteSlugs;
import dev.geul.ui.comment.CommentThread;

/**
 * A post or page: its text, where it belongs, what came before and after, other posts of its category (with
 * dates and comment counts) and the comment thread.
 */
@Route(value = "posts/:slug", layout = MainLayout.class)
@RouteAlias(value = "pages/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class PostView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int OTHER_POSTS = 5;

    private final PostReader posts;
    private final CommentService comments;
    private final BlogProperties blog;
    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private String title = "";

    public PostView(PostReader posts, CommentService comments, BlogProperties blog,
                    AuthenticationContext authentication, AccountService accounts) {
        this.posts = posts;
        this.comments = comments;
        this.accounts = accounts;
        this.blog = blog;
        this.authentication = authentication;
        addClassName("geul-column");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = RouteSlugs.slug(event);
        PostDetail post = posts.findReadable(slug, null).orElseThrow(NotFoundException::new);
        show(post);
    }

    private void show(PostDetail post) {
        removeAll();
        title = post.title();
        Article article = new Article();
        article.add(new H1(post.title()), meta(post));
        if (post.status() != PostStatus.PUBLISHED && !post.trashed()) {
            Paragraph notice = new Paragraph(post.status() == PostStatus.SCHEDULED
                    ? getTranslation("post.scheduled", Formats.dateTime(post.publishedAt(), blog.timeZone(), getLocale()))
                    : getTranslation("post.draft"));
            notice.getStyle().set("color", "var(--lumo-warning-text-color)");
            article.add(notice);
        }
        add(article);
        if (post.locked()) {
            add(passwordPrompt(post));
            return;
        }
        Div content = new Div(new Html("<div>" + post.contentHtml() + "</div>"));
        content.addClassName("geul-content");
        article.add(content);
        if (!post.tags().isEmpty()) {
            Div tags = new Div();
            tags.getStyle().set("display", "flex").set("gap", "0.5em").set("flex-wrap", "wrap");
            post.tags().forEach(tag -> tags.add(new Anchor(Permalinks.tag(tag.slug()), "#" + tag.name())));
            article.add(tags);
        }
        accounts.publicProfile(post.authorId()).filter(AuthorCard::hasMoreThanAName)
                .ifPresent(author -> article.add(new AuthorCard(author)));
        if (post.kind() == PostKind.POST) {
            add(adjacent(post.id()));
            if (post.category() != null) {
                add(otherPosts(post));
            }
        } else {
            add(pagesBelow(post.id()));
        }
        BlogUser user = authentication.getAuthenticatedUser(BlogUser.class).orElse(null);
        boolean moderator = user != null && (user.isAdmin() || user.accountId() == post.authorId());
        add(new CommentThread(comments, post.id(), post.commentsOpen(), user == null ? null : user.displayName(),
                blog.timeZone(), moderator));
    }

    private Span meta(PostDetail post) {
        Span meta = new Span(getTranslation("post.by", post.authorName()) + " · "
                + Formats.date(post.publishedAt() != null ? post.publishedAt() : post.updatedAt(), blog.timeZone(),
                getLocale()));
        meta.addClassName("geul-meta");
        if (post.category() != null) {
            meta.add(new Span(" · "), new Anchor(Permalinks.category(post.category().slug()), post.category().name()));
        }
        for (var other : post.moreCategories()) {
            meta.add(new Span(", "), new Anchor(Permalinks.category(other.slug()), other.name()));
        }
        return meta;
    }

    private Div passwordPrompt(PostDetail post) {
        PasswordField password = new PasswordField(getTranslation("post.password"));
        Button unlock = new Button(getTranslation("post.unlock"));
        unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unlock.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        unlock.addClickListener(e -> {
            PostDetail opened = posts.findReadable(post.slug(), password.getValue()).orElseThrow();
            if (opened.locked()) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation("post.wrongpassword"));
            } else {
                show(opened);
            }
        });
        HorizontalLayout form = new HorizontalLayout(password, unlock);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Div(new Paragraph(getTranslation("post.protected")), form);
    }

    private HorizontalLayout adjacent(long postId) {
        PostReader.Adjacent adjacent = posts.adjacent(postId);
        HorizontalLayout links = new HorizontalLayout();
        links.setWidthFull();
        links.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
        links.getStyle().set("margin", "2em 0");
        links.add(adjacent.previous() == null ? new Span()
                : new Anchor(PostCard.url(adjacent.previous()), "← " + adjacent.previous().title()));
        links.add(adjacent.next() == null ? new Span()
                : new Anchor(PostCard.url(adjacent.next()), adjacent.next().title() + " →"));
        return links;
    }

    /** The pages that sit below this one, which the header does not list. */
    private Div pagesBelow(long pageId) {
        List<PostReader.PageLink> below = posts.navigationPages().stream()
                .filter(page -> Long.valueOf(pageId).equals(page.parentId())).toList();
        Div box = new Div();
        if (below.isEmpty()) {
            return box;
        }
        box.addClassName("geul-pages-below");
        box.add(new H3(getTranslation("page.below")));
        UnorderedList list = new UnorderedList();
        below.forEach(page -> list.add(new ListItem(new Anchor(Permalinks.page(page.slug()), page.title()))));
        box.add(list);
        return box;
    }

    private Div otherPosts(PostDetail post) {
        List<PostSummary> others = posts.otherPostsInCategory(post.id(), OTHER_POSTS);
        Div box = new Div();
        if (others.isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("post.others", post.category().name())));
        UnorderedList list = new UnorderedList();
        for (PostSummary other : others) {
            Span meta = new Span(" " + Formats.date(other.publishedAt(), blog.timeZone(), getLocale())
                    + " · " + getTranslation("post.comments", other.commentCount()));
            meta.addClassName("geul-meta");
            list.add(new ListItem(new Anchor(PostCard.url(other), other.title()), meta));
        }
        box.add(list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + blog.title();
    }
}
