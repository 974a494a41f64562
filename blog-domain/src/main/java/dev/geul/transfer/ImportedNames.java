package dev.geul.transfer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.Slugs;
import dev.geul.category.CategoryTransfer;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.TagData;
import org.jspecify.annotations.Nullable;

/**
 * The writers, categories and tags an archive names, each found or created once per import and then known by the
 * archive's own name for it, whatever the format. A category's parent is placed when the import finishes, since an
 * archive may name a child before its parent.
 */
public final class ImportedNames {

    private final ImportPipeline pipeline;
    private final ImportSteps steps;
    private final Map<String, Long> authorsByLogin = new HashMap<>();
    private final Map<String, Long> categoriesByKey = new HashMap<>();
    /** Categories this import created, with the key of the parent the archive names. */
    private final Map<Long, String> categoryParents = new LinkedHashMap<>();
    private final Map<String, String> tagSlugs = new HashMap<>();
    private int authorCount;
    private int categoryCount;
    private int tagCount;

    ImportedNames(ImportPipeline pipeline, ImportSteps steps) {
        this.pipeline = pipeline;
        this.steps = steps;
    }

    /** The account of the archive's writer with this login, created as an author when there is none. */
    public Optional<Long> author(@Nullable String login, @Nullable String displayName) {
        String name = login == null || login.isBlank() ? "author" : login.strip();
        Long known = authorsByLogin.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        String shown = displayName == null || displayName.isBlank() ? name
                : pipeline.sanitizer().toPlainText(displayName);
        Optional<Long> id = steps.inTransaction(ReportText.of("transfer.what.writer", "writer {0}", name), () -> pipeline.accounts().findOrCreateAuthor(name, shown))
                .map(found -> {
                    if (found.created()) {
                        authorCount++;
                    }
                    return found.id();
                });
        id.ifPresent(account -> authorsByLogin.put(name, account));
        return id;
    }

    /**
     * The category the archive knows by this key (its slug, or its path where slugs are not unique), found by slug
     * or created.
     *
     * @param parentKey the key of the parent category, resolved when the run finishes; null at the top
     * @return its id, or null when it could not be stored (reported)
     */
    public @Nullable Long category(@Nullable String key, String name, String slug, @Nullable String description,
                                   @Nullable String parentKey, int sortOrder) {
        String plainName = pipeline.sanitizer().toPlainText(name);
        if (key == null || key.isEmpty()) {
            return null;
        }
        Long known = categoriesByKey.get(key);
        if (known != null) {
            return known;
        }
        Optional<CategoryTransfer.Found> found = steps.inTransaction(ReportText.of("transfer.what.category", "category {0}", plainName.isEmpty() ? key : plainName),
                () -> pipeline.categories().findOrCreate(new CategoryData(null, plainName, slug, description == null
                        ? null : pipeline.sanitizer().toPlainText(description), null, sortOrder)));
        if (found.isEmpty()) {
            return null;
        }
        categoriesByKey.put(key, found.get().id());
        if (found.get().created()) {
            categoryCount++;
            if (parentKey != null && !parentKey.isBlank()) {
                categoryParents.put(found.get().id(), parentKey);
            }
        }
        return found.get().id();
    }

    /**
     * Places a post's category given as a path ("parent/child", as Tistory's backups and Markdown front matter
     * write it), parents first; a child's slug carries its parent's name, so that "기타" under two parents stays two
     * categories.
     *
     * @return the category's id, or null for a post without one
     */
    public @Nullable Long categoryPath(@Nullable String path) {
        return categoryPath(path, 0);
    }

    /** As {@link #categoryPath(String)}, placing a new category at {@code sortOrder} among its siblings. */
    public @Nullable Long categoryPath(@Nullable String path, int sortOrder) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Long id = null;
        String key = null;
        StringBuilder slugSource = new StringBuilder();
        List<String> parts = Arrays.stream(path.split("/")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i);
            String parentKey = key;
            key = key == null ? name : key + "/" + name;
            slugSource.append(slugSource.isEmpty() ? "" : " ").append(name);
            id = category("category-path:" + key, name, Slugs.slugify(slugSource.toString()), null,
                    parentKey == null ? null : "category-path:" + parentKey, i == parts.size() - 1 ? sortOrder : 0);
        }
        return id;
    }

    /** The slug of the tag with this slug or name, created when there is none; null when it could not be. */
    public @Nullable String tag(@Nullable String slug, String name) {
        String key = slug == null || slug.isEmpty() ? pipeline.sanitizer().toPlainText(name) : slug;
        if (key.isEmpty()) {
            return null;
        }
        String known = tagSlugs.get(key);
        if (known != null) {
            return known;
        }
        Optional<PostTransfer.FoundTag> found = steps.inTransaction(ReportText.of("transfer.what.tag", "tag {0}", key),
                () -> pipeline.posts().findOrCreateTag(new TagData(name, slug == null ? "" : slug)));
        if (found.isEmpty()) {
            return null;
        }
        if (found.get().created()) {
            tagCount++;
        }
        tagSlugs.put(key, found.get().slug());
        return found.get().slug();
    }

    /** Places the categories this import created below the parents the archive named for them. */
    void placeCategories() {
        for (Map.Entry<Long, String> child : categoryParents.entrySet()) {
            Long parent = categoriesByKey.get(child.getValue());
            if (parent == null) {
                parent = steps.inTransaction(null, () -> pipeline.categories().findBySlug(child.getValue()))
                        .flatMap(id -> id).orElse(null);
            }
            if (parent != null) {
                Long parentId = parent;
                steps.inTransaction(ReportText.of("transfer.what.categoryParent", "the parent of category {0}",
                                child.getValue()),
                        () -> pipeline.categories().setParent(child.getKey(), parentId));
            }
        }
    }

    int authorsAdded() {
        return authorCount;
    }

    int categoriesAdded() {
        return categoryCount;
    }

    int tagsAdded() {
        return tagCount;
    }
}
