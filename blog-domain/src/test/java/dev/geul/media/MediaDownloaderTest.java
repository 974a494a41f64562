package dev.geul.media;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import dev.geul.base.BlogProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaDownloaderTest {

    @TempDir
    Path dataDir;

    MediaDownloader downloader(boolean allowPrivateNetworks) {
        MediaStore store = new MediaStore(new BlogProperties(dataDir, null, null, null, null), Clock.systemUTC());
        return new MediaDownloader(store, new MediaDownloader.Settings(true, allowPrivateNetworks, Duration.ofSeconds(2)));
    }

    @Test
    void an_import_may_not_make_the_server_fetch_from_its_own_networks() {
        for (String address : new String[]{"http://127.0.0.1:1/a.jpg", "http://localhost/a.jpg",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/a.jpg", "http://192.168.1.1/a.jpg",
                "http://[::1]/a.jpg"}) {
            assertThatThrownBy(() -> downloader(false).download(address, null)).as(address)
                    .isInstanceOf(MediaDownloader.DownloadFailedException.class)
                    .hasMessageContaining("private network");
        }
    }

    @Test
    void only_web_addresses_are_fetched() {
        assertThatThrownBy(() -> downloader(true).download("file:///etc/passwd", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class);
        assertThatThrownBy(() -> downloader(true).download("ftp://example.com/a.jpg", null))
                .isInstanceOf(MediaDownloader.DownloadFailedException.class).hasMessageContaining("http");
    }

    @Test
    void private_ranges_are_told_from_public_ones() throws Exception {
        assertThat(MediaDownloader.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(MediaDownloader.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(MediaDownloader.isPrivate(InetAddress.getByName("172.16.0.1"))).isTrue();
        assertThat(MediaDownloader.isPrivate(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(MediaDownloader.isPrivate(InetAddress.getByName("2001:4860:4860::8888"))).isFalse();
    }
}
