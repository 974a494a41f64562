package dev.geul.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.post.PostTransfer;
import jakarta.persistence.FlushModeType;

/**
 * Stores the posts of an import a batch at a time, each with its comments, in one transaction; when anything in a
 * batch fails, the batch is stored again one post (and one comment) per transaction, so that a broken item is
 * left out and reported while the rest comes in. What an earlier import of the same archive stored is found by
 * its import key and not stored twice. Runs on the import's batch writers, several batches at once.
 */
final class BatchStore {

    /** A post of the batch as stored: its id, whether this import made it, how many comments and mentions it added. */
    record Stored(long postId, boolean created, int comments, int mentions) {
    }

    private final ImportPipeline pipeline;
    private final ImportSteps steps;

    BatchStore(ImportPipeline pipeline, ImportSteps steps) {
        this.pipeline = pipeline;
        this.steps = steps;
    }

    /** Stores a batch in one transaction or, when that fails, post by post; empty for a post left out. */
    List<Optional<Stored>> store(List<PendingPost> batch) {
        Optional<List<Stored>> together = steps.inTransaction(null, () -> {
            // the batch is written at the commit, in JDBC batches; the lookups in between need no flush (slugs and
            // import keys of the batch are checked in memory), which would check all its entities again and again
            pipeline.entityManager().setFlushMode(FlushModeType.COMMIT);
            return storeInBatch(batch);
        });
        if (together.isPresent()) {
            return together.get().stream().map(Optional::of).toList();
        }
        // one of them is broken: store them one by one, so that only that one is left out
        return batch.stream().map(this::storeAlone).toList();
    }

    /**
     * Stores a batch in the caller's transaction; the import keys of its posts and comments and the slugs are
     * looked up once for all.
     */
    private List<Stored> storeInBatch(List<PendingPost> batch) {
        Map<String, Long> ids = pipeline.posts().findByImportKeys(batch.stream().map(PendingPost::key).toList());
        Map<String, Long> knownComments = pipeline.comments().findByImportKeys(
                batch.stream().flatMap(PendingPost::commentKeys).toList());
        Set<String> keysHere = new HashSet<>(ids.keySet());
        // an archive may hold the same item twice: it is created once
        Map<String, PendingPost> fresh = new LinkedHashMap<>();
        for (PendingPost post : batch) {
            if (!keysHere.contains(post.key())) {
                fresh.putIfAbsent(post.key(), post);
            }
        }
        List<PostTransfer.Created> created = pipeline.posts().createAll(
                fresh.values().stream().map(PendingPost::data).toList());
        int i = 0;
        for (String key : fresh.keySet()) {
            ids.put(key, created.get(i++).id());
        }
        List<Stored> stored = new ArrayList<>(batch.size());
        for (PendingPost post : batch) {
            long postId = Objects.requireNonNull(ids.get(post.key()), "each post of the batch was found or created");
            boolean isNew = keysHere.add(post.key());
            stored.add(new Stored(postId, isNew, storeComments(post, postId, knownComments, true),
                    storeMentions(post, postId)));
        }
        return stored;
    }

    private Optional<Stored> storeAlone(PendingPost post) {
        Optional<Long> existing = steps.inTransaction(post.label(),
                () -> Optional.ofNullable(pipeline.posts().findByImportKeys(List.of(post.key())).get(post.key())))
                .flatMap(found -> found);
        Optional<Long> postId = existing.isPresent() ? existing
                : steps.inTransaction(post.label(), () -> pipeline.posts().create(post.data())).map(PostTransfer.Created::id);
        if (postId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Long>> knownComments = steps.inTransaction(post.label(),
                () -> pipeline.comments().findByImportKeys(post.commentKeys().toList()));
        int added = knownComments.map(known -> storeComments(post, postId.get(), known, false)).orElse(0);
        int mentioned = steps.inTransaction(post.label(), () -> storeMentions(post, postId.get())).orElse(0);
        return Optional.of(new Stored(postId.get(), existing.isEmpty(), added, mentioned));
    }

    /** The post's mentions that are not here yet, in the caller's transaction; how many were stored. */
    private int storeMentions(PendingPost post, long postId) {
        return post.mentions().isEmpty() ? 0
                : pipeline.mentions().store(post.mentions().stream().map(mention -> mention.placed(postId)).toList());
    }

    /**
     * Stores the comments of a post that are not there yet, parents before replies. In a batch a failure
     * fails the batch; alone, a broken comment is left out and reported.
     *
     * @param known the ids of comments already here, by import key
     * @return how many were added
     */
    private int storeComments(PendingPost post, long postId, Map<String, Long> known, boolean inBatch) {
        List<PendingComment> fresh = new ArrayList<>();
        Map<String, Long> stored = new HashMap<>();
        for (PendingComment comment : post.comments()) {
            Long existing = known.get(comment.data().importKey());
            if (existing != null) {
                stored.put(comment.sourceId(), existing);
            } else {
                fresh.add(comment);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        List<PendingComment> ordered = CommentsInOrder.parentsFirst(fresh, stored.keySet());
        if (inBatch) {
            return storeComments(ordered, stored, postId, true).size();
        }
        Optional<Map<String, Long>> all = steps.inTransaction(null, () -> storeComments(ordered, stored, postId, true));
        // one of them is broken: store them one by one, so that only that one is left out
        return all.orElseGet(() -> storeComments(ordered, stored, postId, false)).size();
    }

    private Map<String, Long> storeComments(List<PendingComment> ordered, Map<String, Long> stored, long postId,
                                            boolean together) {
        Map<String, Long> ids = new HashMap<>(stored);
        Map<String, Long> added = new HashMap<>();
        for (PendingComment comment : ordered) {
            Long parentId = comment.parentSourceId() == null ? null : ids.get(comment.parentSourceId());
            CommentData data = comment.data().placed(postId, parentId);
            if (together) {
                long id = pipeline.comments().create(data);
                ids.put(comment.sourceId(), id);
                added.put(comment.sourceId(), id);
            } else {
                steps.inTransaction(comment.label(), () -> pipeline.comments().create(data)).ifPresent(id -> {
                    ids.put(comment.sourceId(), id);
                    added.put(comment.sourceId(), id);
                });
            }
        }
        return added;
    }
}
