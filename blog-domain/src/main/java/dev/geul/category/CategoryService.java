package dev.geul.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.Slugs;
import dev.geul.base.html.HtmlSanitizer;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The category tree: everyone reads it; admins shape it. */
@Service
@Transactional
@Validated
public class CategoryService {

    private final CategoryRepository categories;
    private final CategoryCounts counts;
    private final HtmlSanitizer sanitizer;

    CategoryService(CategoryRepository categories, @Lazy CategoryCounts counts, HtmlSanitizer sanitizer) {
        this.categories = categories;
        this.counts = counts;
        this.sanitizer = sanitizer;
    }

    /** The whole tree with the number of posts readers see in each category. Anyone may call it. */
    @Transactional(readOnly = true)
    public List<CategoryNode> tree() {
        List<Category> all = categories.findAllOrdered();
        Map<Long, Long> postCounts = counts.visiblePostsPerCategory();
        Map<Long, List<Category>> childrenByParent = new HashMap<>();
        for (Category category : all) {
            Long parentId = category.getParent() == null ? null : category.getParent().getId();
            childrenByParent.computeIfAbsent(parentId, k -> new ArrayList<>()).add(category);
        }
        return build(null, 0, childrenByParent, postCounts);
    }

    private List<CategoryNode> build(@Nullable Long parentId, int depth, Map<Long, List<Category>> childrenByParent,
                                     Map<Long, Long> postCounts) {
        List<CategoryNode> nodes = new ArrayList<>();
        List<Category> children = new ArrayList<>(childrenByParent.getOrDefault(parentId, List.of()));
        children.sort(Comparator.comparingInt(Category::getSortOrder).thenComparing(Category::getName));
        for (Category category : children) {
            List<CategoryNode> below = build(category.getId(), depth + 1, childrenByParent, postCounts);
            long own = postCounts.getOrDefault(category.getId(), 0L);
            long total = own + below.stream().mapToLong(CategoryNode::totalPostCount).sum();
            nodes.add(new CategoryNode(category.getId(), category.getName(), category.getSlug(),
                    category.getDescription(), parentId, depth, own, total, below));
        }
        return nodes;
    }

    /** The category with this slug, with its subtree and post counts; an unknown slug costs one query. Anyone. */
    @Transactional(readOnly = true)
    public Optional<CategoryNode> findBySlug(String slug) {
        if (slug == null || categories.findBySlug(slug).isEmpty()) {
            return Optional.empty();
        }
        return CategoryNode.flatten(tree()).stream().filter(node -> node.slug().equals(slug)).findFirst();
    }

    /**
     * The ids of the category with this slug and of every category below it, for lists of its posts: the tree
     * without counting posts. Anyone.
     */
    @Transactional(readOnly = true)
    public Optional<List<Long>> withDescendants(String slug) {
        Optional<Category> root = slug == null ? Optional.empty() : categories.findBySlug(slug);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Long>> childrenByParent = new HashMap<>();
        for (Category category : categories.findAllOrdered()) {
            if (category.getParent() != null) {
                childrenByParent.computeIfAbsent(category.getParent().getId(), k -> new ArrayList<>())
                        .add(category.getId());
            }
        }
        List<Long> ids = new ArrayList<>();
        java.util.Deque<Long> open = new java.util.ArrayDeque<>(List.of(root.get().getId()));
        while (!open.isEmpty()) {
            Long id = open.pop();
            if (!ids.contains(id)) {
                ids.add(id);
                open.addAll(childrenByParent.getOrDefault(id, List.of()));
            }
        }
        return Optional.of(ids);
    }

    /** A category as the admin's form shows it, sort order included, to change it with {@link #update}. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CategoryDraft draftOf(long id) {
        Category category = load(id);
        return new CategoryDraft(category.getName(), category.getSlug(), category.getDescription(),
                category.getParent() == null ? null : category.getParent().getId(), category.getSortOrder());
    }

    /** Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public CategoryNode create(@Valid CategoryDraft draft) {
        Category parent = draft.parentId() == null ? null : load(draft.parentId());
        String name = sanitizer.toPlainText(draft.name());
        requireName(name);
        String slug = Slugs.unique(preferredSlug(draft, name), "category", categories::existsBySlug);
        Category category = new Category(name, slug, parent, draft.sortOrder());
        category.setDescription(blankToNull(sanitizer.toPlainText(draft.description())));
        categories.save(category);
        return node(category);
    }

    /** Admins only. Moving a category below itself is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    public CategoryNode update(long id, @Valid CategoryDraft draft) {
        Category category = load(id);
        String name = sanitizer.toPlainText(draft.name());
        requireName(name);
        Category parent = draft.parentId() == null ? null : load(draft.parentId());
        if (parent != null && category.isAncestorOf(parent)) {
            throw new InvalidInputException("parentId", "error.category.loop", "A category cannot be moved below itself");
        }
        category.setName(name);
        category.setParent(parent);
        category.setSortOrder(draft.sortOrder());
        category.setDescription(blankToNull(sanitizer.toPlainText(draft.description())));
        String wanted = Slugs.slugify(preferredSlug(draft, name));
        if (!wanted.isEmpty() && !wanted.equals(category.getSlug())) {
            category.setSlug(Slugs.unique(wanted, "category", categories::existsBySlug));
        }
        return node(category);
    }

    /**
     * Admins only. Posts of a deleted category become uncategorized (nothing is lost); its children move up
     * to its parent.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        Category category = load(id);
        for (Category child : categories.findByParent(category)) {
            child.setParent(category.getParent());
        }
        categories.delete(category);
    }

    private Category load(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("Category " + id));
    }

    private CategoryNode node(Category category) {
        return new CategoryNode(category.getId(), category.getName(), category.getSlug(), category.getDescription(),
                category.getParent() == null ? null : category.getParent().getId(), 0, 0, 0, List.of());
    }

    private static String preferredSlug(CategoryDraft draft, String name) {
        return draft.slug() == null || draft.slug().isBlank() ? name : draft.slug();
    }

    private static void requireName(String name) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "error.category.name", "A category needs a name");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
