package dev.geul.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin types to create or change a category; an empty slug is made from the name. */
public record CategoryDraft(
        @NotBlank @Size(max = Category.NAME_MAX_LENGTH) String name,
        @Size(max = dev.geul.base.Slugs.MAX_LENGTH) String slug,
        @Size(max = Category.DESCRIPTION_MAX_LENGTH) String description,
        Long parentId,
        int sortOrder) {

    public CategoryDraft(String name) {
        this(name, null, null, null, 0);
    }

    public CategoryDraft withParent(Long parent) {
        return new CategoryDraft(name, slug, description, parent, sortOrder);
    }
}
