package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Brings a file an old blog still serves into the blog's media, for an import: http and https only, redirects
 * followed and checked like the first address, and the bytes checked by {@link MediaStore} (type by content, size).
 * Only addresses anyone on the internet reaches are fetched ({@link PublicAddresses}), unless the admin allows
 * private networks: an import file must not make the server fetch what only it can reach (this machine, the LAN,
 * the cloud's metadata service). A name is resolved once, and the connection goes to exactly the address that was
 * checked, so a name that answers differently the second time (DNS rebinding) gains nothing. One file may take
 * {@code timeout} from connecting to its last byte, however slowly the bytes come; one import's downloads together
 * stay within a {@link DownloadBudget}.
 */
@Component
@EnableConfigurationProperties(MediaDownloader.Settings.class)
public class MediaDownloader {

    /**
     * @param download             whether a WordPress import downloads the attachments it names
     * @param allowPrivateNetworks whether addresses in private networks may be fetched (a blog moving within a LAN)
     * @param timeout              how long one file may take, from connecting to its last byte
     * @param importTime           how long one import's downloads may take together
     * @param importSize           how many bytes one import may download together
     */
    @ConfigurationProperties("geul.import.media")
    public record Settings(Boolean download, boolean allowPrivateNetworks, Duration timeout, Duration importTime,
                           DataSize importSize) {

        public Settings {
            download = download == null || download;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            importTime = importTime == null ? Duration.ofMinutes(30) : importTime;
            importSize = importSize == null ? DataSize.ofGigabytes(2) : importSize;
        }
    }

    /** Why a file could not be brought home, in words for the import report. */
    public static class DownloadFailedException extends Exception {

        DownloadFailedException(@Nullable String message) {
            super(message);
        }
    }

    /** Finds the addresses of a host name; the system's resolver unless a test gives its own. */
    @FunctionalInterface
    interface HostResolver extends AddressGuard.HostResolver {
    }

    private static final int MAX_REDIRECTS = 5;
    /** Ends downloads that outlast their time, however slowly their bytes still come. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("geul-download-deadlines").factory());

    private final MediaStore media;
    private final Settings settings;
    private final Clock clock;
    private final AddressGuard guard;

    @Autowired
    MediaDownloader(MediaStore media, Settings settings, Clock clock) {
        this(media, settings, clock, InetAddress::getAllByName, PublicAddresses::isGlobalUnicast);
    }

    MediaDownloader(MediaStore media, Settings settings, Clock clock, HostResolver resolver, AddressPolicy policy) {
        this.media = media;
        this.settings = settings;
        this.clock = clock;
        this.guard = new AddressGuard(resolver, policy);
    }

    /** Which addresses may be fetched when private networks are not allowed. */
    @FunctionalInterface
    interface AddressPolicy extends AddressGuard.AddressPolicy {
    }

    public boolean enabled() {
        return settings.download();
    }

    /** A fresh budget for the downloads of one import. */
    public DownloadBudget budget() {
        return new DownloadBudget(clock, settings.importTime(), settings.importSize().toBytes());
    }

    /** As {@link #download(String, Instant, DownloadBudget)}, the file alone on its budget. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public StoredMedia download(String address, Instant date) throws DownloadFailedException {
        return download(address, date, budget());
    }

    /**
     * Downloads the file and stores it as {@link MediaStore#storeImported} does. Admins only.
     *
     * @param date   the date of the post it belongs to, for the month folder
     * @param budget what the import has left to spend on downloads
     * @throws DownloadFailedException when the address is refused, the server does not answer with the file in
     *                                 time, the budget is spent, or the file is not one the blog keeps
     */
    @PreAuthorize("hasRole('ADMIN')")
    public StoredMedia download(String address, Instant date, DownloadBudget budget)
            throws DownloadFailedException {
        URI uri = parse(address);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            InetAddress[] checked = resolveAndCheck(uri);
            if (budget.spent()) {
                throw new DownloadFailedException(budget.spentReason());
            }
            Duration allowed = settings.timeout().compareTo(budget.timeLeft()) < 0 ? settings.timeout()
                    : budget.timeLeft();
            HttpGet request = new HttpGet(uri);
            // set before the connection is cut, so the reading thread that fails next knows why
            java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
            ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
                timedOut.set(true);
                request.cancel();
            }, allowed.toMillis(), TimeUnit.MILLISECONDS);
            var http = PinnedHttpClient.connectingTo(checked, allowed, "geul-import");
            ClassicHttpResponse response = null;
            try {
                response = http.executeOpen(null, request, null);
                int status = response.getCode();
                Header location = response.getFirstHeader("Location");
                if (status >= 300 && status < 400 && location != null) {
                    uri = redirect(uri, location.getValue());
                    continue;
                }
                if (status != 200) {
                    throw new DownloadFailedException("The server answered " + status);
                }
                HttpEntity entity = response.getEntity();
                if (entity == null) {
                    throw new DownloadFailedException("The server answered without a file");
                }
                if (entity.getContentLength() > budget.bytesLeft()) {
                    throw new DownloadFailedException(budget.spentReason());
                }
                try (InputStream body = budget.meter(entity.getContent())) {
                    return media.storeImported(body, date);
                }
            } catch (MediaRefusedException refused) {
                throw new DownloadFailedException(refused.reason() == MediaRefusedException.Reason.TOO_LARGE
                        ? "It is larger than " + MediaStore.MAX_IMPORTED_BYTES / (1024 * 1024) + " MB"
                        : "It is not an image (PNG, JPEG, GIF, WebP), a PDF or a zip file");
            } catch (IllegalArgumentException | IllegalStateException e) {
                // what the HTTP client refuses in a server's answer fails this file, never the import
                throw new DownloadFailedException("The server's answer is not usable: " + e.getMessage());
            } catch (DownloadBudget.Exhausted e) {
                throw new DownloadFailedException(budget.spentReason());
            } catch (IOException e) {
                if (timedOut.get()) {
                    throw new DownloadFailedException("It took longer than " + allowed.toSeconds() + " seconds");
                }
                throw new DownloadFailedException("The download broke off: " + describe(e));
            } finally {
                deadline.cancel(false);
                closeQuietly(response);
                closeQuietly(http);
            }
        }
        throw new DownloadFailedException("More than " + MAX_REDIRECTS + " redirects");
    }

    private static URI parse(String address) throws DownloadFailedException {
        try {
            URI uri = new URI(address.strip().replace(" ", "%20"));
            if (uri.getHost() == null) {
                throw new DownloadFailedException("Not a web address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DownloadFailedException("Not a web address");
        }
    }

    /** Where a redirect leads; a {@code Location} that is no address fails this file alone. */
    private static URI redirect(URI from, String location) throws DownloadFailedException {
        try {
            URI to = from.resolve(new URI(location.strip().replace(" ", "%20")));
            if (to.getHost() == null) {
                throw new DownloadFailedException("The server redirected to something that is not a web address");
            }
            return to;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DownloadFailedException("The server redirected to something that is not a web address");
        }
    }

    /** The addresses of the host, looked up once and checked ({@link AddressGuard}). */
    private InetAddress[] resolveAndCheck(URI uri) throws DownloadFailedException {
        try {
            return guard.resolveAndCheck(uri, settings.allowPrivateNetworks(), "BLOG_IMPORT_MEDIA_ALLOW_PRIVATE_NETWORKS");
        } catch (AddressGuard.RefusedAddressException e) {
            throw new DownloadFailedException(e.getMessage());
        }
    }

    /**
     * Closing ends the connection; the client may already have handed back the connection of an answer without
     * a body, and says so, which changes nothing.
     */
    private static void closeQuietly(java.io.@Nullable Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | IllegalStateException ignored) {
            // the download is decided; the connection is gone either way
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
