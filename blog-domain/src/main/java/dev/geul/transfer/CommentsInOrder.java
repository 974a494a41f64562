package dev.geul.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The comments of a post in an order they can be stored in: each reply after the comment it answers, which an
 * archive does not promise (WordPress lists comments by date, and a reply can be older than an edited parent).
 * A reply whose parent is missing, or a loop of replies, keeps its place: it is stored as a comment of its own.
 */
final class CommentsInOrder {

    private CommentsInOrder() {
    }

    static List<PendingComment> parentsFirst(List<PendingComment> comments, Set<String> alreadyStored) {
        Map<String, PendingComment> byId = new LinkedHashMap<>();
        comments.forEach(comment -> byId.put(comment.sourceId(), comment));
        List<PendingComment> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>(alreadyStored);
        Set<String> visiting = new HashSet<>();
        for (PendingComment comment : comments) {
            place(comment, byId, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(PendingComment comment, Map<String, PendingComment> byId, Set<String> placed,
                              Set<String> visiting, List<PendingComment> ordered) {
        if (placed.contains(comment.sourceId()) || !visiting.add(comment.sourceId())) {
            return;
        }
        PendingComment parent = comment.parentSourceId() == null ? null : byId.get(comment.parentSourceId());
        if (parent != null) {
            place(parent, byId, placed, visiting, ordered);
        }
        placed.add(comment.sourceId());
        ordered.add(comment);
    }
}
