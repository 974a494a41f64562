package dev.geul.transfer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.geul.media.MediaDownloader;
import dev.geul.media.StoredMedia;

/**
 * Files an archive only links to, on its old blog's servers, brought into the blog's media during one import. Each
 * address is fetched once per import, however many posts show it. What cannot be fetched keeps its old address and
 * is reported; with downloading turned off, every such file is listed as left where it was.
 */
public final class RemoteMedia {

    private final MediaDownloader downloader;
    private final ImportRun run;
    private final Map<String, Optional<String>> fetched = new HashMap<>();

    public RemoteMedia(MediaDownloader downloader, ImportRun run) {
        this.downloader = downloader;
        this.run = run;
    }

    public boolean enabled() {
        return downloader.enabled();
    }

    /**
     * The blog's copy of the file at this address, fetched now; empty when it stays where it was (reported).
     *
     * @param date  the date of the post that shows it, for the month folder
     * @param label what the report names, e.g. {@code image of post "제목"}
     */
    public Optional<String> copyOf(String address, Instant date, ReportText label) {
        return fetched.computeIfAbsent(address, key -> fetch(address, date, label));
    }

    private Optional<String> fetch(String address, Instant date, ReportText label) {
        if (!downloader.enabled()) {
            run.mediaLeftBehind(address);
            return Optional.empty();
        }
        run.progress("downloading " + address);
        try {
            StoredMedia stored = downloader.download(address, date, run.downloadBudget(downloader));
            if (stored.created()) {
                run.mediaStored();
            }
            return Optional.of(stored.path());
        } catch (MediaDownloader.DownloadFailedException failed) {
            run.skip(ImportLabels.partOf(label, ReportText.of("transfer.what.address", "{0}", address)),
                    ReportText.of("transfer.why.notFetched", "{0}; the post keeps linking to it where it was",
                            failed.getMessage() != null ? failed.getMessage() : "The download failed"));
            run.mediaLeftBehind(address);
            return Optional.empty();
        }
    }

    public static ReportText imageOf(ReportText label) {
        return ReportText.of("transfer.label.imageOf", "image of {0}", label);
    }

    /**
     * The HTML with the images at these addresses pointing at the blog's copies, for those that could be fetched.
     */
    public String bringHome(String html, java.util.List<String> addresses, Instant date, ReportText label) {
        Map<String, String> copies = new HashMap<>();
        for (String address : addresses) {
            copyOf(address, date, imageOf(label)).ifPresent(copy -> copies.put(address, copy));
        }
        if (copies.isEmpty()) {
            return html;
        }
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(html);
        for (org.jsoup.nodes.Element image : document.select("img[src]")) {
            String copy = copies.get(image.attr("src"));
            if (copy != null) {
                image.attr("src", copy);
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
