package dev.geul.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A node of the blog's category tree. */
@Entity
public class Category {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Category parent;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotBlank
    @Column(nullable = false, unique = true, length = dev.geul.base.Slugs.MAX_LENGTH)
    private String slug;

    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Category() {
    }

    public Category(String name, String slug, @Nullable Category parent, int sortOrder) {
        this.name = name;
        this.slug = slug;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Category getParent() {
        return parent;
    }

    void setParent(@Nullable Category parent) {
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public @Nullable String getDescription() {
        return description;
    }

    void setDescription(@Nullable String description) {
        this.description = description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    /** True when {@code other} is this category or lies below it. */
    boolean isAncestorOf(Category other) {
        for (Category c = other; c != null; c = c.getParent()) {
            if (c.getId() != null && c.getId().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
