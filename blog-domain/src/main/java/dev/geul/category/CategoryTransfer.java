package dev.geul.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.NotFoundException;
import dev.geul.base.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories as a blog moving in or out needs them: found by slug, created with what the archive says, every
 * field read back for an export. Admins only.
 */
@Component
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CategoryTransfer {

    private final CategoryRepository categories;

    CategoryTransfer(CategoryRepository categories) {
        this.categories = categories;
    }

    /** A category of an archive, or of this blog for an export. {@code name} and {@code description} are plain text. */
    public record CategoryData(@Nullable Long id, String name, String slug, @Nullable String description,
                               @Nullable Long parentId, int sortOrder) {
    }

    public record Found(long id, String slug, boolean created) {
    }

    /** The category with this slug, or a new one. An existing category is left as it is. */
    public Found findOrCreate(CategoryData data) {
        String slug = Slugs.keepOrSlugify(data.slug());
        if (slug.isEmpty()) {
            slug = Slugs.slugify(data.name());
        }
        if (!slug.isEmpty()) {
            Optional<Category> existing = categories.findBySlug(slug);
            if (existing.isPresent()) {
                return new Found(existing.get().getId(), existing.get().getSlug(), false);
            }
        }
        String name = limit(data.name() == null || data.name().isBlank() ? slug : data.name().strip(),
                Category.NAME_MAX_LENGTH);
        if (name.isBlank()) {
            name = "category";
        }
        String unique = Slugs.makeUnique(slug.isEmpty() ? "category" : slug, categories::existsBySlug);
        Category category = new Category(name, unique, null, data.sortOrder());
        String description = data.description() == null || data.description().isBlank() ? null
                : limit(data.description().strip(), Category.DESCRIPTION_MAX_LENGTH);
        category.setDescription(description);
        categories.save(category);
        return new Found(category.getId(), unique, true);
    }

    public Optional<Long> findBySlug(String slug) {
        return categories.findBySlug(Slugs.keepOrSlugify(slug)).map(Category::getId);
    }

    /** Places a category below another; refused (false) when that would make a loop. */
    public boolean setParent(long id, long parentId) {
        Category category = load(id);
        Category parent = load(parentId);
        if (category.isAncestorOf(parent)) {
            return false;
        }
        category.setParent(parent);
        return true;
    }

    /** Every category, each after its parent. */
    @Transactional(readOnly = true)
    public List<CategoryData> all() {
        List<Category> all = categories.findAllOrdered();
        Map<Long, List<Category>> children = new HashMap<>();
        for (Category category : all) {
            Long parentId = category.getParent() == null ? null : category.getParent().getId();
            children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(category);
        }
        List<CategoryData> ordered = new ArrayList<>();
        addWithChildren(null, children, ordered);
        return ordered;
    }

    private void addWithChildren(@Nullable Long parentId, Map<Long, List<Category>> children, List<CategoryData> into) {
        for (Category category : children.getOrDefault(parentId, List.of())) {
            into.add(new CategoryData(category.getId(), category.getName(), category.getSlug(),
                    category.getDescription(), parentId, category.getSortOrder()));
            addWithChildren(category.getId(), children, into);
        }
    }

    private Category load(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("Category " + id));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
