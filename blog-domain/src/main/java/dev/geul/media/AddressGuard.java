package dev.geul.media;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides which addresses the server may reach out to when a user names one (an import's files, a webhook): http
 * and https only, and only addresses anyone on the internet reaches ({@link PublicAddresses}) unless private
 * networks are allowed, since a user must not make the server fetch what only it can reach (this machine, the LAN,
 * the cloud's metadata service). A name is resolved once; connect to exactly the addresses returned
 * ({@link PinnedHttpClient}) so that a name answering differently the second time (DNS rebinding) gains nothing.
 */
public final class AddressGuard {

    /** Finds the addresses of a host name; the system's resolver unless a test gives its own. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Which addresses may be reached when private networks are not allowed. */
    @FunctionalInterface
    public interface AddressPolicy {
        boolean reachable(InetAddress address);
    }

    /** Why an address is not reached, in words for the person who gave it. */
    public static class RefusedAddressException extends Exception {

        private final boolean privateNetwork;

        public RefusedAddressException(String message, boolean privateNetwork) {
            super(message);
            this.privateNetwork = privateNetwork;
        }

        /** Whether it was refused for being in a private network (rather than unknown, or not http). */
        public boolean privateNetwork() {
            return privateNetwork;
        }
    }

    private final HostResolver resolver;
    private final AddressPolicy policy;

    public AddressGuard(HostResolver resolver, AddressPolicy policy) {
        this.resolver = resolver;
        this.policy = policy;
    }

    /** The system's resolver, and public addresses only. */
    public static AddressGuard system() {
        return new AddressGuard(InetAddress::getAllByName, PublicAddresses::isGlobalUnicast);
    }

    /**
     * The addresses of the host, looked up once. Every address the name has must pass, since a connection may take
     * any of them.
     *
     * @param allowPrivateNetworks whether private addresses pass too
     * @param allowingSetting      the setting that allows them, named in the refusal
     */
    public InetAddress[] resolveAndCheck(URI uri, boolean allowPrivateNetworks, String allowingSetting)
            throws RefusedAddressException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("Only http and https addresses are fetched, not " + scheme, false);
        }
        String host = uri.getHost();
        if (host == null) {
            throw new RefusedAddressException("Not a web address", false);
        }
        InetAddress[] addresses;
        inet.ipaddr.IPAddress literal = new inet.ipaddr.IPAddressString(
                host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host).getAddress();
        try {
            // an address written as such is taken as it is, without asking a name server about it
            addresses = literal != null ? new InetAddress[]{literal.toInetAddress()} : resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("The host " + host + " is unknown", false);
        }
        if (addresses.length == 0) {
            throw new RefusedAddressException("The host " + host + " is unknown", false);
        }
        if (!allowPrivateNetworks) {
            for (InetAddress address : addresses) {
                if (!policy.reachable(address)) {
                    throw new RefusedAddressException("The address is in a private network ("
                            + address.getHostAddress() + "); " + allowingSetting + "=true allows it", true);
                }
            }
        }
        return addresses;
    }
}
