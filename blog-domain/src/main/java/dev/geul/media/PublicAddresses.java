package dev.geul.media;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * Tells the addresses anyone on the internet can reach (global unicast) from those only this machine, its network
 * or its cloud can: what an import may make the server fetch. An IPv6 address that carries an IPv4 one (mapped
 * {@code ::ffff:127.0.0.1}, compatible {@code ::127.0.0.1}, NAT64 {@code 64:ff9b::a9fe:a9fe}, 6to4, SIIT) is judged by
 * the IPv4 address it carries, since that is where the packets end up.
 */
public final class PublicAddresses {

    /** IPv4 blocks the IANA special-purpose registry does not mark as globally reachable. */
    private static final List<IPAddress> IPV4_NOT_GLOBAL = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24",
            "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    /** IPv6 global unicast; everything else (loopback, link-local, unique local, multicast...) is not. */
    private static final IPAddress IPV6_GLOBAL_UNICAST = block("2000::/3");

    /**
     * Inside global unicast, blocks that are not reachable or hide an address: IETF protocol assignments (Teredo,
     * benchmarking, ORCHID) and documentation.
     */
    private static final List<IPAddress> IPV6_NOT_GLOBAL = blocks("2001::/23", "2001:db8::/32", "3fff::/20");

    private PublicAddresses() {
    }

    /** Whether anyone on the internet reaches this address, the same host for everyone. */
    public static boolean isGlobalUnicast(InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> isGlobal(new IPv4Address(v4));
            case Inet6Address v6 -> isGlobal(new IPv6Address(v6.getAddress()));
            default -> false;
        };
    }

    private static boolean isGlobal(IPv4Address address) {
        return IPV4_NOT_GLOBAL.stream().noneMatch(block -> block.contains(address));
    }

    private static boolean isGlobal(IPv6Address address) {
        if (address.isLoopback() || address.isUnspecified()) {
            return false;
        }
        if (address.isIPv4Mapped() || address.isIPv4Compatible() || address.isWellKnownIPv4Translatable()
                || address.isIPv4Translatable()) {
            return isGlobal(address.getEmbeddedIPv4Address());
        }
        if (address.is6To4()) {
            return isGlobal(address.get6To4IPv4Address());
        }
        return IPV6_GLOBAL_UNICAST.contains(address) && IPV6_NOT_GLOBAL.stream().noneMatch(block -> block.contains(address));
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return Stream.of(cidrs).map(PublicAddresses::block).toList();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }
}
