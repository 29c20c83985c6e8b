package org.citizenhub.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY, "hub.test.key");

    @Test
    void a_phone_number_round_trips_and_is_not_readable_in_its_stored_form() {
        var stored = cipher.encrypt("13800138000", "citizen-1");

        assertThat(stored).startsWith("v1:").doesNotContain("13800138000");
        assertThat(cipher.decrypt(stored, "citizen-1")).isEqualTo("13800138000");
    }

    @Test
    void the_same_number_encrypts_differently_each_time() {
        assertThat(cipher.encrypt("13800138000", "c")).isNotEqualTo(cipher.encrypt("13800138000", "c"));
    }

    @Test
    void a_ciphertext_copied_to_another_citizen_does_not_decrypt() {
        var stored = cipher.encrypt("13800138000", "citizen-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "citizen-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_ciphertext_from_another_key_does_not_decrypt() {
        var other = new PersonalDataCipher(Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()), "hub.test.key");
        var stored = other.encrypt("13800138000", "citizen-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "citizen-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_is_refused_at_startup() {
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[10]), "hub.test.key"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher("not base64 !", "hub.test.key"))
                .isInstanceOf(IllegalStateException.class);
    }
}
