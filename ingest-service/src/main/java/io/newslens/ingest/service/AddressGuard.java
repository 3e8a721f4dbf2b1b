package io.newslens.ingest.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SSRF guard for URL fetching: only http/https, and every address the host resolves to must be a
 * public unicast address (no loopback, private, link-local incl. cloud metadata 169.254.169.254,
 * CGNAT, unique-local, multicast, documentation or reserved ranges).
 *
 * <p>{@link #check(URI)} resolves the host once and returns the address it checked; the
 * {@link UrlFetcher} connects to exactly that address (Host header and TLS SNI still name the
 * host), so a DNS server that answers differently on a second lookup (rebinding) gains nothing.
 * Numeric hosts in ambiguous forms ({@code 0177.0.0.1}, {@code 2130706433}, {@code 127.1}) are
 * refused outright: other software reads them differently than Java does.
 */
public class AddressGuard {

    /** Resolves host names; replaceable in unit tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate, Set<String> allowedHosts, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowedHosts = allowedHosts;
        this.resolver = resolver;
    }

    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)[0-9.]+|0x[0-9a-f.x]*");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    /**
     * Throws a problem unless {@code uri} may be fetched (400 refused, 422 unresolvable host);
     * otherwise answers the one address the fetcher must connect to.
     */
    public InetAddress check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw IngestException.badRequest("url-not-allowed", "Only http and https URLs can be fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw IngestException.badRequest("invalid-url", "The URL has no host: " + uri);
        }
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (NUMERIC_HOST.matcher(bareHost).matches() && !DOTTED_QUAD.matcher(bareHost).matches()) {
            throw IngestException.badRequest("url-not-allowed", "The host '" + bareHost
                    + "' is an IP address in an ambiguous form; write it as four decimal octets.");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw IngestException.unprocessable("unresolvable-host", "The host '" + bareHost + "' cannot be resolved.");
        }
        if (addresses == null || addresses.length == 0) {
            throw IngestException.unprocessable("unresolvable-host", "The host '" + bareHost + "' has no address.");
        }
        if (allowPrivate || allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return addresses[0];
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw IngestException.badRequest("url-not-allowed", "The host '" + bareHost + "' resolves to "
                        + address.getHostAddress() + ", a non-public address; it will not be fetched.");
            }
        }
        return addresses[0];
    }

    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local (incl. fd00:ec2::254 metadata)
                return false;
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPublicV4(tail4(b)); // ::ffff:a.b.c.d mapped
            }
            if (allZero(b, 0, 12)) {
                return false; // :: , ::1 and deprecated IPv4-compatible addresses
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && allZero(b, 4, 12)) {
                return isPublicV4(tail4(b)); // 64:ff9b::/96 NAT64
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        return !(o1 == 0                                  // 0.0.0.0/8
                || o1 == 10                               // private
                || o1 == 127                              // loopback
                || (o1 == 100 && o2 >= 64 && o2 <= 127)   // 100.64.0.0/10 CGNAT
                || (o1 == 169 && o2 == 254)               // link-local, cloud metadata
                || (o1 == 172 && o2 >= 16 && o2 <= 31)    // private
                || (o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2)) // IETF protocol, TEST-NET-1
                || (o1 == 192 && o2 == 168)               // private
                || (o1 == 198 && (o2 == 18 || o2 == 19))  // benchmarking
                || (o1 == 198 && o2 == 51 && o3 == 100)   // TEST-NET-2
                || (o1 == 203 && o2 == 0 && o3 == 113)    // TEST-NET-3
                || o1 >= 224);                            // multicast, reserved, broadcast
    }

    private static byte[] tail4(byte[] b) {
        return new byte[]{b[12], b[13], b[14], b[15]};
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
