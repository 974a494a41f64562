package dev.geul.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the blog runs as several nodes on one database ({@code geul.search.coordination}, {@code GEUL_COORDINATION}):
 * {@code none} for one node, {@code outbox-polling} for several, which then share their limits (rate limits, sign-in
 * throttling) through the database as their search work goes through its outbox. A value that is neither stops the
 * blog at start, naming the setting.
 */
@ConfigurationProperties("geul.search")
public record NodeCoordination(@DefaultValue("none") Mode coordination) {

    public enum Mode {
        NONE, OUTBOX_POLLING
    }

    public static final NodeCoordination ONE_NODE = new NodeCoordination(Mode.NONE);

    /** Whether other nodes share the database, so what one node counts every node must see. */
    public boolean shared() {
        return coordination == Mode.OUTBOX_POLLING;
    }
}
