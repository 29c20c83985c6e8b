package org.citizenhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY, "hub.test.key");

    @Test
    void a_phone_number_round_trips_and_is_not_readable_in_its_stored_form() {
        var stored = cipher.seal("13800138000", "citizen-1");

        assertThat(stored).startsWith("v1:").doesNotContain("13800138000");
        assertThat(cipher.open(stored, "citizen-1")).isEqualTo("13800138000");
    }

    @Test
    void the_same_number_encrypts_differently_each_time() {
        assertThat(cipher.seal("13800138000", "c")).isNotEqualTo(cipher.seal("13800138000", "c"));
    }

    @Test
    void a_ciphertext_copied_to_another_citizen_does_not_decrypt() {
        var stored = cipher.seal("13800138000", "citizen-1");

        assertThatThrownBy(() -> cipher.open(stored, "citizen-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_ciphertext_from_another_key_does_not_decrypt() {
        var other = new PersonalDataCipher(Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()), "hub.test.key");
        var stored = other.seal("13800138000", "citizen-1");

        assertThatThrownBy(() -> cipher.open(stored, "citizen-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_is_refused_at_startup() {
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[10]), "hub.test.key"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher("not base64 !", "hub.test.key"))
                .isInstanceOf(IllegalStateException.class);
    }

    // Values sealed by the cipher as it was in platform/web (org.citizenhub.web.crypto.PersonalDataCipher.encrypt),
    // under this key, before it moved here: rows already stored by identity and mailbox-service must still open.
    private static final String OLD_KEY = "Y2l0aXplbi1odWItb2xkLWZvcm1hdC10ZXN0LWtleSE=";

    @Test
    void a_phone_number_sealed_by_identity_before_the_move_still_opens() {
        var cipher = new PersonalDataCipher(OLD_KEY, "hub.identity.profile-key");

        assertThat(cipher.open("v1:n811tC0riqQeIDAeYZ7QI611XtrxwBRHfhN9p17nSQs2ftiLP/Ja", "3f0c1a2e-subject"))
                .isEqualTo("13800138000");
    }

    @Test
    void a_writers_contact_sealed_by_the_mailbox_before_the_move_still_opens() {
        PersonalDataSeal seal = new PersonalDataCipher(OLD_KEY, "hub.mailbox.personal-data-key");

        assertThat(seal.open("v1:G599IQpDnvC7f4+JNOpRxSLvhoLej0Fa2g3yN+lmN7g2UEbKYM7QKXMMdV4TFcRvsL/qaRAojnQbkVSkVkFOCYLI"
                        + "+qW55ziTFQWexW5GN4r6Fecczq0k0dpmiEle7mVdoA==", "0b7e6a52-4c1d-4f7e-9a55-3c2f1e8d9b10"))
                .isEqualTo("{\"name\":\"王小明\",\"email\":\"wang@example.com\",\"phone\":\"13800138000\"}");
        assertThat(seal.open("v1:Rxpz9Ub/tky8qwEjw2E+KLwMNsZIHR7QR5C6LyYJBz3D5QmQmQ==", "ML20260213000001"))
                .isEqualTo("王小明");
    }

    @Test
    void the_stored_form_is_v1_then_base64_of_a_96_bit_iv_and_the_aes_gcm_ciphertext_with_its_128_bit_tag()
            throws Exception {
        String stored = new PersonalDataCipher(OLD_KEY, "hub.test.key").seal("13800138000", "citizen-1");

        byte[] all = Base64.getDecoder().decode(stored.substring("v1:".length()));
        var aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.DECRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(OLD_KEY), "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, all, 0, 12));
        aes.updateAAD("citizen-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(stored).startsWith("v1:");
        assertThat(all).hasSize(12 + "13800138000".length() + 16);
        assertThat(new String(aes.doFinal(all, 12, all.length - 12), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("13800138000");
    }

    @Test
    void a_value_in_an_unknown_format_is_refused() {
        assertThatThrownBy(() -> cipher.open("v2:AAAA", "citizen-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(null, "citizen-1")).isInstanceOf(IllegalStateException.class);
    }
}
