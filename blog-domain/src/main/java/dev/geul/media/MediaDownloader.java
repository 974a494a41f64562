package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Brings a file an old blog still serves into the blog's media, for an import: http and https only, with time
 * limits, redirects followed and checked like the first address, and the bytes checked by {@link MediaStore} (type
 * by content, size). Addresses in private networks (this machine, the LAN, the cloud's metadata service) are
 * refused unless the admin allows them: an import file must not make the server fetch what only it can reach.
 */
@Component
@EnableConfigurationProperties(MediaDownloader.Settings.class)
public class MediaDownloader {

    /**
     * @param download              whether a WordPress import downloads the attachments it names
     * @param allowPrivateNetworks  whether addresses in private networks may be fetched (a blog moving within a LAN)
     * @param timeout               how long one file may take, from connecting to its last byte
     */
    @ConfigurationProperties("geul.import.media")
    public record Settings(Boolean download, boolean allowPrivateNetworks, Duration timeout) {

        public Settings {
            download = download == null || download;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        }
    }

    /** Why a file could not be brought home, in words for the import report. */
    public static class DownloadFailedException extends Exception {

        DownloadFailedException(String message) {
            super(message);
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final MediaStore media;
    private final Settings settings;
    private final HttpClient http;

    MediaDownloader(MediaStore media, Settings settings) {
        this.media = media;
        this.settings = settings;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    public boolean enabled() {
        return settings.download();
    }

    /**
     * Downloads the file and stores it as {@link MediaStore#storeImported} does. Admins only.
     *
     * @param date the date of the post it belongs to, for the month folder
     * @throws DownloadFailedException when the address is refused, the server does not answer with the file in
     *                                 time, or the file is not one the blog keeps
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MediaStore.Stored download(String address, Instant date) throws DownloadFailedException {
        URI uri = parse(address);
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            check(uri);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("User-Agent", "geul-import").GET().build();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new DownloadFailedException("The server did not answer: " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DownloadFailedException("The import was interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = uri.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    throw new DownloadFailedException("The server answered " + status);
                }
                return media.storeImported(body, date);
            } catch (MediaStore.RefusedException refused) {
                throw new DownloadFailedException(refused.reason() == MediaStore.Refusal.TOO_LARGE
                        ? "It is larger than " + MediaStore.MAX_IMPORTED_BYTES / (1024 * 1024) + " MB"
                        : "It is not an image (PNG, JPEG, GIF, WebP), a PDF or a zip file");
            } catch (IOException e) {
                throw new DownloadFailedException("The download broke off: " + describe(e));
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
        } catch (java.net.URISyntaxException e) {
            throw new DownloadFailedException("Not a web address");
        }
    }

    /** Only http(s), and only public addresses unless private ones are allowed. */
    private void check(URI uri) throws DownloadFailedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DownloadFailedException("Only http and https addresses are fetched, not " + scheme);
        }
        if (settings.allowPrivateNetworks()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new DownloadFailedException("The address is in a private network ("
                            + address.getHostAddress() + "); BLOG_IMPORT_MEDIA_ALLOW_PRIVATE_NETWORKS=true allows it");
                }
            }
        } catch (UnknownHostException e) {
            throw new DownloadFailedException("The host " + uri.getHost() + " is unknown");
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            // carrier-grade NAT (100.64/10) and "this network" (0/8)
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        // IPv6 unique local addresses (fc00::/7)
        return (bytes[0] & 0xFE) == 0xFC;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the redirect is followed either way
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
