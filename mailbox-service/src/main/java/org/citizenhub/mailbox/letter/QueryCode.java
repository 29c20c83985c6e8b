package org.citizenhub.mailbox.letter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code that, with the tracking number, lets anyone holding the receipt follow a letter without logging in.
 * It is an HMAC of the tracking number under a server key, so it is never stored (nothing to leak from the
 * database), a retried submission gets the same code back, and it is checked in constant time.
 */
public final class QueryCode {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray(); // no 0/O, 1/I
    private static final int LENGTH = 8;

    private final SecretKeySpec key;

    public QueryCode(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("query-code key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public String codeFor(TrackingNumber trackingNumber) {
        byte[] mac = hmac(trackingNumber.value());
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
        }
        return code.toString();
    }

    public boolean matches(TrackingNumber trackingNumber, String candidate) {
        if (candidate == null) {
            return false;
        }
        byte[] expected = codeFor(trackingNumber).getBytes(StandardCharsets.US_ASCII);
        byte[] given = candidate.trim().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
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
