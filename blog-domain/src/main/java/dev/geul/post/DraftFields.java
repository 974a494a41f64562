package dev.geul.post;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a draft's fields become a post's: what the author typed is checked and made safe here, once, for a new post
 * and a saved one alike; {@link PostEditor} decides when, and keeps the history.
 */
@Component
class DraftFields {

    private final PostRepository posts;
    private final TagRepository tags;
    private final CategoryRepository categories;
    private final HtmlSanitizer sanitizer;

    DraftFields(PostRepository posts, TagRepository tags, CategoryRepository categories, HtmlSanitizer sanitizer) {
        this.posts = posts;
        this.tags = tags;
        this.categories = categories;
        this.sanitizer = sanitizer;
    }

    /**
     * Gives the post what the draft says: its title, address, text, excerpt, category, tags, visibility, place
     * among pages and flags, each made safe (plain text, sanitized HTML, a unique slug).
     *
     * @throws InvalidInputException for a title, address, category, password or parent page that cannot be used
     */
    void apply(Post post, PostDraft draft) {
        String title = plainTitle(draft.title());
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "error.post.title", "A post needs a title");
        }
        post.setTitle(title);
        if (draft.slug() != null && !draft.slug().isBlank()) {
            String wanted = Slugs.slugify(draft.slug());
            if (wanted.isEmpty()) {
                throw new InvalidInputException("slug", "error.post.slug", "The address must contain letters or digits");
            }
            if (!wanted.equals(post.getSlug())) {
                post.setSlug(Slugs.unique(wanted, "post", posts::existsBySlug));
            }
        } else if (post.getSlug().isEmpty()) {
            post.setSlug(Slugs.unique(title, "post", posts::existsBySlug));
        }
        post.setContentHtml(sanitizer.sanitizePostHtml(draft.contentHtml()));
        post.setExcerpt(plainOrNull(draft.excerpt()));
        post.setCategory(draft.categoryId() == null ? null : categories.findById(draft.categoryId())
                .orElseThrow(() -> new InvalidInputException("category", "error.post.category",
                        "That category no longer exists")));
        post.getTags().clear();
        post.getTags().addAll(findOrCreateTags(draft.tags()));
        applyVisibility(post, draft.visibility(), draft.password());
        post.setSticky(draft.sticky());
        post.setCommentsOpen(draft.commentsOpen());
        applyParent(post, draft);
        if (draft.kind() == PostKind.PAGE && draft.menuOrder() != null) {
            post.setMenuOrder(draft.menuOrder());
        }
    }

    private void applyVisibility(Post post, Visibility visibility, @Nullable String password) {
        if (visibility == Visibility.PASSWORD) {
            if (password == null || password.isBlank()) {
                throw new InvalidInputException("password", "error.post.password",
                        "A password-protected post needs a password");
            }
            post.setAccessPassword(password.strip());
        } else {
            post.setAccessPassword(null);
        }
        post.setVisibility(visibility);
    }

    private void applyParent(Post post, PostDraft draft) {
        if (draft.parentId() == null || draft.kind() != PostKind.PAGE) {
            post.setParent(null);
            return;
        }
        Post parent = posts.findById(draft.parentId())
                .filter(candidate -> candidate.getKind() == PostKind.PAGE)
                .orElseThrow(() -> new InvalidInputException("parent", "error.page.parent",
                        "The parent must be an existing page"));
        for (Post p = parent; p != null; p = p.getParent()) {
            if (post.getId() != null && post.getId().equals(p.getId())) {
                throw new InvalidInputException("parent", "error.page.loop", "A page cannot be placed below itself");
            }
        }
        post.setParent(parent);
    }

    private Set<Tag> findOrCreateTags(List<String> names) {
        Set<Tag> result = new LinkedHashSet<>();
        for (String raw : names) {
            String name = sanitizer.toPlainText(raw).strip();
            if (name.isEmpty()) {
                continue;
            }
            result.add(tags.findByName(name).orElseGet(() ->
                    tags.save(new Tag(name, Slugs.unique(name, "tag", tags::existsBySlug)))));
        }
        return result;
    }

    String plainTitle(String title) {
        return sanitizer.toPlainText(title).strip();
    }

    @Nullable String plainOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String plain = sanitizer.toPlainText(text);
        return plain.isBlank() ? null : plain;
    }
}
