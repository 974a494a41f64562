package dev.geul.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an admin types to create or change a category; an empty slug is made from the name. */
public record CategoryDraft(
        @NotBlank(message = "{error.category.name}")
        @Size(max = Category.NAME_MAX_LENGTH, message = "{error.category.name.long}") String name,
        @Size(max = dev.geul.base.Slugs.MAX_LENGTH, message = "{error.slug.long}") @Nullable String slug,
        @Size(max = Category.DESCRIPTION_MAX_LENGTH, message = "{error.category.description.long}")
        @Nullable String description,
        @Nullable Long parentId,
        int sortOrder) {

    public CategoryDraft(String name) {
        this(name, null, null, null, 0);
    }

    public CategoryDraft withParent(@Nullable Long parent) {
        return new CategoryDraft(name, slug, description, parent, sortOrder);
    }
}
