package dev.geul.category;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A category with its children, as shown in a sidebar or the admin tree.
 *
 * @param postCount published posts readers see in this category alone
 * @param totalPostCount the same, including all categories below it
 */
public record CategoryNode(long id, String name, String slug, @Nullable String description, @Nullable Long parentId,
                           int depth,
                           long postCount, long totalPostCount, List<CategoryNode> children) {

    /** The tree in reading order, each node followed by its children. */
    public static List<CategoryNode> flatten(List<CategoryNode> roots) {
        var all = new java.util.ArrayList<CategoryNode>();
        for (CategoryNode root : roots) {
            all.add(root);
            all.addAll(flatten(root.children()));
        }
        return all;
    }
}
