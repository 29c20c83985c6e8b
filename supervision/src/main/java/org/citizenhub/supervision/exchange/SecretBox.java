package org.citizenhub.supervision.exchange;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.citizenhub.supervision.exchange.domain.WebhookSecret;

/** Seals the subscriptions' secrets at rest (AES-GCM, random nonce): a database dump does not sign webhooks. */
final class SecretBox {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    SecretBox(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length != 16 && bytes.length != 32) {
            throw new IllegalArgumentException("hub.supervision.exchange.secret-key must be 16 or 32 bytes, base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    byte[] seal(WebhookSecret secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.key());
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    WebhookSecret open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
            return new WebhookSecret(cipher.doFinal(sealed, NONCE, sealed.length - NONCE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a subscription's secret does not open with this secret-key", e);
        }
    }
}
