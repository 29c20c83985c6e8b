package org.citizenhub.survey.surveys.responses;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who took part in an anonymous survey, as HMAC-SHA256(key, survey id + subject): enough to refuse a second answer,
 * useless to anyone without the key, and different per survey so participations of one person cannot be joined
 * across surveys.
 */
public final class ParticipantHash {

    private ParticipantHash() {
    }

    public static byte[] of(String key, UUID surveyId, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal((surveyId + "\n" + subject).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** An invitation token as stored: SHA-256, so the table never holds a usable token. */
    public static byte[] token(String token) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
