package dev.geul.ui.admin;

import dev.geul.post.PostStatus;

/**
 * What the editor tells the author about the post they write, decided from where the post stands and nothing
 * else: the words of the save and publish buttons, which buttons show, and the status line (a message key and the
 * time it names, if any). A conflict leaves the status line to the conflict's own message.
 *
 * @param saveKey       the save button's words: update a live post, save a draft otherwise
 * @param publishKey    the publish button's words: schedule, publish again, or publish
 * @param statusKey     the status line's message key, or null to leave the line as it is
 * @param statusTime    the time the status line names ({@code {0}}), or null
 */
record EditorStatus(String saveKey, String publishKey, boolean publishShown, boolean unpublishShown,
                    boolean trashShown, String statusKey, String statusTime) {

    /**
     * Where the post stands.
     *
     * @param unsaved             the fields hold changes the server does not have
     * @param conflict            someone else saved after the author opened the post
     * @param saveFailed          the last save reached no storage (the database away, the disk full)
     * @param refused             the last save was refused (a field says why)
     * @param unpublishedChanges  saved, but readers still see the published text
     * @param scheduled           a time to publish at is chosen
     * @param lastSavedAt         when the post was last saved, as the author's clock shows it, or null
     */
    record Standing(boolean isNew, boolean live, PostStatus status, boolean unsaved, boolean conflict,
                    boolean saveFailed, boolean refused, boolean unpublishedChanges, boolean scheduled,
                    String lastSavedAt) {
    }

    static EditorStatus of(Standing post) {
        String saveKey = post.live() ? "editor.update" : "editor.savedraft";
        String publishKey = post.scheduled() ? "editor.schedule" : post.live() ? "editor.publish.again"
                : "editor.publish";
        boolean publishShown = !post.live() || post.scheduled() || post.status() == PostStatus.SCHEDULED;
        String statusKey;
        String time = null;
        if (post.conflict()) {
            statusKey = null;
        } else if (post.unsaved()) {
            statusKey = post.saveFailed() ? "editor.status.savefailed"
                    : post.refused() ? "editor.status.error" : "editor.status.unsaved";
        } else if (post.unpublishedChanges()) {
            statusKey = post.lastSavedAt() == null ? "editor.status.unpublished" : "editor.status.autosaved";
            time = post.lastSavedAt();
        } else if (post.isNew()) {
            statusKey = "editor.status.new";
        } else if (post.lastSavedAt() != null) {
            statusKey = post.live() ? "editor.status.live." + post.status().name().toLowerCase()
                    : "editor.status.saved";
            time = post.lastSavedAt();
        } else {
            statusKey = "editor.status." + post.status().name().toLowerCase();
        }
        return new EditorStatus(saveKey, publishKey, publishShown, post.live(), !post.isNew(), statusKey, time);
    }
}
