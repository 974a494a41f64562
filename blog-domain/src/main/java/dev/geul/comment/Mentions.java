package dev.geul.comment;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.post.PostDetail;
import dev.geul.post.PostReader;
import dev.geul.post.PostRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other sites that linked to a post: the pingbacks and trackbacks a moving blog brings, kept as WordPress keeps them
 * and shown to readers as mentions, apart from the comments (not counted, indexed, answered or mailed as comments).
 * What an archive says of them is reduced to plain text, and a link to anything but an http(s) page is dropped.
 */
@Service
@Transactional(readOnly = true)
public class Mentions {

    static final int EXCERPT_MAX_LENGTH = 1000;

    private final MentionRepository mentions;
    private final PostRepository posts;
    private final HtmlSanitizer sanitizer;

    Mentions(MentionRepository mentions, PostRepository posts, HtmlSanitizer sanitizer) {
        this.mentions = mentions;
        this.posts = posts;
        this.sanitizer = sanitizer;
    }

    /**
     * The mentions of a post, oldest first, for anyone who may read it (locked or not): the post as {@link PostReader}
     * gave it, so that its page does not ask again whether it may be read.
     *
     * @throws AccessDeniedException when the caller may not read the post
     */
    @PreAuthorize("@postReader.isReadable(#post)")
    public List<MentionView> of(PostDetail post) {
        return mentions.findByPostInOrder(post.id()).stream().map(mention -> new MentionView(mention.getKind(),
                mention.getSourceName(), mention.getSourceUrl(), mention.getExcerpt(), mention.getCreatedAt()))
                .toList();
    }

    /**
     * Stores an archive's mentions under the posts the import placed them on; one whose import key is here already
     * is left as it is (importing an archive again adds nothing).
     *
     * @return how many were stored
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int store(Collection<MentionData> archived) {
        Set<String> known = new HashSet<>(mentions.findImportKeysIn(archived.stream().map(MentionData::importKey)
                .filter(key -> key != null).toList()));
        int stored = 0;
        for (MentionData data : archived) {
            if (data.importKey() != null && !known.add(data.importKey())) {
                continue;
            }
            String name = clip(plain(data.sourceName()), Mention.SOURCE_NAME_MAX_LENGTH);
            String url = webAddress(data.sourceUrl());
            mentions.save(new Mention(posts.getReferenceById(data.postId()), data.kind(),
                    name.isEmpty() ? (url == null ? "?" : clip(URI.create(url).getHost(), Mention.SOURCE_NAME_MAX_LENGTH))
                            : name, url, clip(plain(data.excerpt()), EXCERPT_MAX_LENGTH),
                    data.createdAt(), data.importKey()));
            stored++;
        }
        return stored;
    }

    /** Every mention of these posts, oldest first, by post: what an export writes back. */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, List<MentionData>> mentionsOf(Collection<Long> postIds) {
        Map<Long, List<MentionData>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        for (Mention mention : mentions.findByPostsInOrder(postIds)) {
            long postId = mention.getPost().getId();
            byPost.computeIfAbsent(postId, id -> new java.util.ArrayList<>()).add(new MentionData(mention.getId(), postId,
                    mention.getKind(), mention.getSourceName(), mention.getSourceUrl(), mention.getExcerpt(),
                    mention.getCreatedAt(), mention.getImportKey()));
        }
        return byPost;
    }

    /** An absolute http(s) address a reader may follow, or null. */
    static @Nullable String webAddress(@Nullable String address) {
        if (address == null || address.isBlank() || address.strip().length() > Mention.SOURCE_URL_MAX_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private String plain(@Nullable String html) {
        return html == null || html.isBlank() ? "" : sanitizer.toPlainText(html).strip();
    }

    private static String clip(@Nullable String text, int length) {
        return text == null ? "" : text.length() > length ? text.substring(0, length) : text;
    }
}
