package vn.tdkt.notification.webhook.application;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may be sent. The service POSTs from inside the province's network, so an address on the loopback,
 * link-local (169.254.x.x: cloud metadata), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10),
 * wildcard or multicast ranges is refused unless it lies in one of {@code tdkt.notification.webhooks.allowed-networks}: a province whose
 * units' systems sit on its own intranet lists that network there. Otherwise any unit officer could make the service
 * call its neighbours and read their answers back from the delivery log.
 *
 * <p>A URL naming an IP address (or {@code localhost}) is checked when it is registered; a host name is checked before
 * each attempt of a delivery, against what it resolves to then (the HTTP client resolves it again right after: a name
 * whose answers change within that instant is not caught here; an egress proxy is the complete answer).
 */
@Component
public class WebhookAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<IpAddressMatcher> allowed;

    public WebhookAddresses(WebhookProperties properties) {
        this.allowed = properties.allowedNetworks().stream().map(IpAddressMatcher::new).toList();
    }

    /** The refused address a URL's host names literally (an IP address, or localhost); empty when it names a host. */
    public Optional<String> refusedLiteral(URI url) {
        String host = url.getHost();
        if (host == null) {
            return Optional.empty();
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return refused(InetAddress.getLoopbackAddress()) ? Optional.of(host) : Optional.empty();
        }
        if (!IPV4.matcher(host).matches() && !host.startsWith("[")) {
            return Optional.empty();
        }
        try {
            // a literal: getByName parses it without asking any name server
            InetAddress address = InetAddress.getByName(host);
            return refused(address) ? Optional.of(address.getHostAddress()) : Optional.empty();
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * Resolves the URL's host now and refuses it if any of its addresses is refused.
     *
     * @throws RefusedAddressException naming the address
     * @throws UnknownHostException    when the host does not resolve
     */
    public void requireAllowed(URI url) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
            if (refused(address)) {
                throw new RefusedAddressException(url.getHost(), address.getHostAddress());
            }
        }
    }

    boolean refused(InetAddress address) {
        if (allowed.stream().anyMatch(network -> network.matches(address.getHostAddress()))) {
            return false;
        }
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)
                || isSharedAddressSpace(address);
    }

    /** 100.64.0.0/10 (RFC 6598): carrier-grade NAT, also where some clouds answer metadata requests. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** IPv6 unique local addresses (fc00::/7), the IPv6 private range Java does not call site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** A delivery refused because its host resolves inside the network. */
    public static final class RefusedAddressException extends RuntimeException {

        public RefusedAddressException(String host, String address) {
            super("Webhook host " + host + " resolves to " + address
                    + ", inside the network (not in tdkt.notification.webhooks.allowed-networks)");
        }
    }
}
