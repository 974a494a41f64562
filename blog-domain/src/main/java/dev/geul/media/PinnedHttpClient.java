package dev.geul.media;

import java.net.InetAddress;
import java.time.Duration;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP client for one request that can only connect to the addresses it is given, whatever name the request
 * carries: the name still goes out as the {@code Host} header and for TLS (SNI and the certificate's check), but
 * nothing looks it up again. No proxy from the environment, no cookies, no retries, no redirects of its own.
 */
public final class PinnedHttpClient {

    private PinnedHttpClient() {
    }

    /** A client for one request to {@code addresses}; connecting, and each wait for bytes, within {@code timeout}. */
    public static CloseableHttpClient connectingTo(InetAddress[] addresses, Duration timeout, String userAgent) {
        Timeout limit = Timeout.ofMilliseconds(Math.max(1, timeout.toMillis()));
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return addresses.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinned)
                        .setMaxConnTotal(1)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .setUserAgent(userAgent)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }
}
