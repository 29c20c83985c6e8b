package org.citizenhub.supervision.exchange.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret as Standard Webhooks writes it: {@code whsec_} followed by the base64 of 32
 * random bytes (the specification asks for 24 to 64). The HMAC key is the decoded bytes, not the text.
 */
public record WebhookSecret(byte[] key) {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (key.length < 24 || key.length > 64) {
            throw new IllegalArgumentException("a webhook secret has 24 to 64 bytes");
        }
        key = key.clone();
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    public static WebhookSecret parse(String text) {
        String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        return new WebhookSecret(Base64.getDecoder().decode(encoded));
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** The text shown to the administrator once, at creation. */
    public String text() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
