package org.citizenhub.supervision.exchange.domain;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the hub may send webhooks (against server-side request forgery: a subscription must not turn the hub into a
 * client of its own internal network). Checked when a subscription is created and again before every call, on the
 * addresses the host resolves to then.
 */
public final class TargetPolicy {

    /** The rules, each with its reason shown to the administrator. */
    public enum Rule {
        /** Receivers are reached over https; plain http only to 127.0.0.1, and only in the local profile and tests. */
        HTTPS_ONLY,
        /** No loopback, private (RFC 1918, unique-local), link-local (cloud metadata), multicast or unspecified address. */
        PUBLIC_ADDRESSES_ONLY,
        /** An absolute URL with a host, no user info. */
        WELL_FORMED_URL
    }

    private final boolean allowLoopbackHttp;

    public TargetPolicy(boolean allowLoopbackHttp) {
        this.allowLoopbackHttp = allowLoopbackHttp;
    }

    /** The rule the URL breaks, given the addresses its host resolves to; empty when it may be called. */
    public Optional<Rule> refusal(URI url, List<InetAddress> resolved) {
        if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null) {
            return Optional.of(Rule.WELL_FORMED_URL);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        boolean loopbackLiteral = url.getHost().equals("127.0.0.1");
        if (allowLoopbackHttp && loopbackLiteral) {
            return scheme.equals("http") || scheme.equals("https") ? Optional.empty() : Optional.of(Rule.HTTPS_ONLY);
        }
        if (!scheme.equals("https")) {
            return Optional.of(Rule.HTTPS_ONLY);
        }
        if (resolved.isEmpty() || resolved.stream().anyMatch(TargetPolicy::internal)) {
            return Optional.of(Rule.PUBLIC_ADDRESSES_ONLY);
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19));        // benchmarking networks
        }
        // IPv6 unique-local fc00::/7 (IPv4-mapped addresses already arrive as IPv4)
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        return false;
    }
}
