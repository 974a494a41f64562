package dev.geul.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import left out, and why, for its report: each part by name (the first {@value ImportReport#MAX_LISTED}
 * listed, all counted), and kinds of content left out whole (WordPress's menu items, say) once each, with how many
 * there were. Batch writers report here too, from their own threads.
 */
final class LeftOut {

    private final List<ImportReport.Skipped> listed = new ArrayList<>();
    private int count;
    /** The kinds left out whole, by their English name: each as first reported, with how many there were. */
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    private record Kind(ReportText what, ReportText why, int times) {
    }

    synchronized void add(ReportText what, ReportText why) {
        count++;
        if (listed.size() < ImportReport.MAX_LISTED) {
            listed.add(new ImportReport.Skipped(what, why));
        }
    }

    /** One more of a kind of content left out; listed once, when the import finishes ({@link #listKinds}). */
    synchronized void addOfKind(ReportText what, ReportText why) {
        kinds.merge(what.text(), new Kind(what, why, 1),
                (known, another) -> new Kind(known.what(), known.why(), known.times() + another.times()));
    }

    /** Lists each kind left out as one line, {@code 3 × menu item}. */
    synchronized void listKinds() {
        kinds.values().forEach(kind -> add(ReportText.of("transfer.what.times", "{0} × {1}", kind.times(),
                kind.what()), kind.why()));
        kinds.clear();
    }

    synchronized int count() {
        return count;
    }

    synchronized List<ImportReport.Skipped> listed() {
        return List.copyOf(listed);
    }
}
