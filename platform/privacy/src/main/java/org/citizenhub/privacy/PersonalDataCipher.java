package org.citizenhub.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data at rest with the JDK's AES-GCM (random 96-bit IV per value, 128-bit tag). The context
 * ({@code boundTo}: the row's key, e.g. the citizen's subject or the letter's id) is bound as associated data, so a
 * ciphertext copied to another row does not open. Stored form: {@code v1:} + base64(iv || ciphertext+tag), UTF-8
 * plaintext and context.
 *
 * <p>Shared by every service that keeps personal data (ID numbers, phone numbers, addresses, contact details):
 * one implementation, one stored format, reviewed once. Each service has its own key.
 *
 * <p>Key rotation is not built in: {@code v1:} carries no key id, so a value opens only under the key that sealed it.
 * Rotating means re-sealing every stored value under the new key; a later {@code v2:} form with a key id can sit beside
 * {@code v1:}, which must stay readable.
 */
public final class PersonalDataCipher implements PersonalDataSeal {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyProperty;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Key   a base64-encoded AES key of 16, 24 or 32 bytes
     * @param keyProperty the configuration property holding the key, named in error messages
     */
    public PersonalDataCipher(String base64Key, String keyProperty) {
        this.keyProperty = keyProperty;
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(keyProperty + " is not base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException(keyProperty + " must be a base64 AES key of 16, 24 or 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    @Override
    public String seal(String plaintext, String boundTo) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String open(String stored, String boundTo) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown ciphertext format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Decryption failed (wrong " + keyProperty + " or tampered value)", e);
        }
    }
}
