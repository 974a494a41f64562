package dev.geul.base;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;
import org.jspecify.annotations.Nullable;

/**
 * The client a rate limit counts, from the address a request came from. An IPv4 address is one client; an IPv6
 * address is counted by its /64, the block one home, phone or server is given, from which it can take a fresh address
 * for every request. An IPv4 address written inside IPv6 ({@code ::ffff:203.0.113.7}) is the IPv4 client.
 * Every per-address limit (comments, sign-ins, post passwords) keys by this, so they all count the same client.
 */
public final class ClientKey {

    /** Where the address is unknown or unreadable: all such requests share one budget. */
    public static final String UNKNOWN = "unknown";

    private static final int IPV6_CLIENT_PREFIX = 64;

    private ClientKey() {
    }

    /** The key of the client at this address, e.g. {@code 203.0.113.7} or {@code 2001:db8:1:2::/64}. */
    public static String of(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        IPAddress parsed = new IPAddressString(address.strip()).getAddress();
        if (parsed == null) {
            return UNKNOWN;
        }
        if (parsed instanceof IPv6Address v6) {
            if (v6.isIPv4Mapped()) {
                return v6.getEmbeddedIPv4Address().toCanonicalString();
            }
            return v6.removeZone().toPrefixBlock(IPV6_CLIENT_PREFIX).toCanonicalString();
        }
        return parsed.withoutPrefixLength().toCanonicalString();
    }
}
