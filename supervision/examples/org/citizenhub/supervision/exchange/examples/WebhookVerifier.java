package org.citizenhub.supervision.exchange.examples;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver checks a Citizen Hub webhook (Standard Webhooks, standardwebhooks.com), with the JDK only: copy
 * this class into your system. It refuses a delivery whose signature does not match, whose timestamp is more than
 * five minutes away from the receiver's clock, or whose {@code webhook-id} it accepted before (a replay; the hub
 * sends at least once, so answer such a duplicate with 2xx and do not process it again).
 *
 * <pre>{@code
 * WebhookVerifier verifier = new WebhookVerifier("whsec_…", Clock.systemUTC());
 * Outcome outcome = verifier.verify(name -> request.getHeader(name), rawBody);   // the raw body, not re-serialized
 * }</pre>
 *
 * Supervision's own tests use this very file (it is a test source of the module).
 */
public final class WebhookVerifier {

    /** How far a webhook-timestamp may be from the receiver's clock (the specification's recommendation). */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    public enum Outcome {
        /** Signed with the secret, fresh, first seen: process it. */
        ACCEPTED,
        /** webhook-id, webhook-timestamp or webhook-signature missing or malformed. */
        MALFORMED,
        /** The timestamp is more than {@link #TOLERANCE} away: an old delivery played again, or a wrong clock. */
        STALE_TIMESTAMP,
        /** No v1 signature matches: not from the hub, or the body was changed on the way. */
        FORGED_SIGNATURE,
        /** Verified before: a replay or an at-least-once duplicate. */
        REPLAYED
    }

    private final byte[] key;
    private final Clock clock;
    /** Accepted webhook-ids with their timestamps; forgotten once older than the tolerance (then refused as stale). */
    private final Map<String, Instant> seen = new LinkedHashMap<>();

    /** @param secret the subscription's secret as shown at its creation, {@code whsec_<base64>} */
    public WebhookVerifier(String secret, Clock clock) {
        String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        this.key = Base64.getDecoder().decode(encoded);
        this.clock = clock;
    }

    /**
     * @param header the request's header by (lower-case) name, null when absent
     * @param body   the request body exactly as received
     */
    public synchronized Outcome verify(Function<String, String> header, String body) {
        String id = header.apply("webhook-id");
        String timestamp = header.apply("webhook-timestamp");
        String signatures = header.apply("webhook-signature");
        if (id == null || id.isBlank() || timestamp == null || signatures == null) {
            return Outcome.MALFORMED;
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Outcome.MALFORMED;
        }
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
            return Outcome.STALE_TIMESTAMP;
        }
        byte[] expected = hmac(id + "." + timestamp.trim() + "." + body);
        boolean matches = false;
        for (String signature : signatures.trim().split(" ")) {
            int comma = signature.indexOf(',');
            if (comma > 0 && signature.substring(0, comma).equals("v1")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(signature.substring(comma + 1));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                matches |= MessageDigest.isEqual(expected, given);
            }
        }
        if (!matches) {
            return Outcome.FORGED_SIGNATURE;
        }
        forgetOlderThan(now.minus(TOLERANCE));
        if (seen.putIfAbsent(id, sent) != null) {
            return Outcome.REPLAYED;
        }
        return Outcome.ACCEPTED;
    }

    /** Oldest first (insertion order): stops at the first id still inside the window, so a check stays cheap. */
    private void forgetOlderThan(Instant limit) {
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (!it.next().isBefore(limit)) {
                return;
            }
            it.remove();
        }
    }

    private byte[] hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
