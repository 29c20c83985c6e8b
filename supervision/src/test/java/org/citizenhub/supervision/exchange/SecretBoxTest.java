package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.citizenhub.supervision.exchange.domain.WebhookSecret;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void a_sealed_secret_opens_with_the_key_only_and_never_shows_its_bytes() {
        var secret = WebhookSecret.generate();
        byte[] sealed = new SecretBox(KEY).seal(secret);

        assertThat(new SecretBox(KEY).open(sealed).text()).isEqualTo(secret.text());
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(secret.key(), java.nio.charset.StandardCharsets.ISO_8859_1));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(otherKey)).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_same_secret_sealed_twice_looks_different() {
        var secret = WebhookSecret.generate();
        assertThat(new SecretBox(KEY).seal(secret)).isNotEqualTo(new SecretBox(KEY).seal(secret));
    }
}
