package org.citizenhub.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class ContactCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final ContactCipher cipher = new ContactCipher(KEY);

    @Test
    void round_trips_and_never_stores_the_plaintext() {
        String stored = cipher.encrypt("zhang.san@example.org", "notification:ML1:EMAIL");

        assertThat(stored).startsWith("v1:").doesNotContain("zhang").doesNotContain("example");
        assertThat(cipher.encrypt("zhang.san@example.org", "notification:ML1:EMAIL")).isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored, "notification:ML1:EMAIL")).isEqualTo("zhang.san@example.org");
    }

    @Test
    void a_ciphertext_moved_to_another_letter_or_read_with_another_key_does_not_decrypt() {
        String stored = cipher.encrypt("13812345678", "notification:ML1:SMS");
        var otherKey = new ContactCipher(Base64.getEncoder().encodeToString("another-key-of-exactly-32-bytes!".getBytes()));

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored, "notification:ML2:SMS"));
        assertThatIllegalStateException().isThrownBy(() -> otherKey.decrypt(stored, "notification:ML1:SMS"));
    }

    @Test
    void refuses_keys_that_are_not_base64_aes_keys() {
        assertThatIllegalStateException().isThrownBy(() -> new ContactCipher("not base64!"));
        assertThatIllegalStateException().isThrownBy(() -> new ContactCipher(
                Base64.getEncoder().encodeToString(new byte[20])));
        assertThatIllegalStateException().isThrownBy(() -> new ContactCipher(null));
    }
}
