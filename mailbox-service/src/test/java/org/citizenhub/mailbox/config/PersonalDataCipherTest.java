package org.citizenhub.mailbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void personal_data_round_trips_and_is_never_stored_in_plain_text() {
        String stored = cipher.seal("zhang.san@example.org", "notification:ML1:EMAIL");

        assertThat(stored).startsWith("v1:").doesNotContain("zhang").doesNotContain("example");
        assertThat(cipher.seal("zhang.san@example.org", "notification:ML1:EMAIL")).isNotEqualTo(stored);
        assertThat(cipher.open(stored, "notification:ML1:EMAIL")).isEqualTo("zhang.san@example.org");
    }

    @Test
    void a_value_moved_to_another_record_or_read_with_another_key_does_not_open() {
        String stored = cipher.seal("13812345678", "notification:ML1:SMS");
        var otherKey = new PersonalDataCipher(
                Base64.getEncoder().encodeToString("another-key-of-exactly-32-bytes!".getBytes()));

        assertThatIllegalStateException().isThrownBy(() -> cipher.open(stored, "notification:ML2:SMS"));
        assertThatIllegalStateException().isThrownBy(() -> otherKey.open(stored, "notification:ML1:SMS"));
    }

    @Test
    void keys_that_are_not_base64_aes_256_keys_are_refused() {
        assertThatThrownBy(() -> new PersonalDataCipher("not base64!")).isInstanceOf(RuntimeException.class);
        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataCipher(
                Base64.getEncoder().encodeToString(new byte[20])));
    }
}
