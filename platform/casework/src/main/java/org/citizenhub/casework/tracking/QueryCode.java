package org.citizenhub.casework.tracking;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code that, with the tracking number, lets anyone holding the receipt follow a case without logging in.
 * It is an HMAC-SHA256 of the tracking number under a server key, so it is never stored (nothing to leak from the
 * database), a retried submission gets the same code back, and a guess is checked in constant time.
 * Rotating the key invalidates every code handed out.
 */
public final class QueryCode {

    /** Shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;
    /** Length of a code. */
    public static final int LENGTH = 8;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray(); // no 0/O, 1/I

    private final SecretKeySpec key;

    public QueryCode(byte[] secret) {
        if (secret == null || secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A query-code key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A code generator keyed with the UTF-8 bytes of {@code secret} (as the services configure it). */
    public static QueryCode fromSecret(String secret) {
        return new QueryCode(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The code printed on the receipt of {@code trackingNumber}. */
    public String codeFor(TrackingNumber trackingNumber) {
        byte[] mac = hmac(trackingNumber.value());
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
        }
        return code.toString();
    }

    /** Whether {@code candidate} (case and surrounding blanks ignored) is the code of {@code trackingNumber}. */
    public boolean matches(TrackingNumber trackingNumber, String candidate) {
        if (candidate == null) {
            return false;
        }
        byte[] expected = codeFor(trackingNumber).getBytes(StandardCharsets.US_ASCII);
        byte[] given = candidate.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
