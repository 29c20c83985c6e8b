package org.citizenhub.casework.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "3f2b9c1e-8d1b-4c37-9e55-0a9b7d3c2e11", "A_b-C_d-", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"})
    void eight_to_sixty_four_letters_digits_dashes_and_underscores_make_a_key(String value) {
        assertThat(IdempotencyKey.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "abc 12345", "abcd1234!", "键键键键键键键键",
            "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"})
    void anything_else_is_refused_with_400_invalid_idempotency_key(String value) {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(value))
                .isInstanceOfSatisfying(HubProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(SubmissionProblem.INVALID_IDEMPOTENCY_KEY);
                    assertThat(p.type().status()).isEqualTo(400);
                    assertThat(p.type().slug()).isEqualTo("invalid-idempotency-key");
                });
    }

    @Test
    void no_header_means_no_key_but_of_requires_one() {
        assertThat(IdempotencyKey.fromHeader(null)).isEmpty();
        assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(HubProblem.class);
    }

    @Test
    void a_reused_key_is_a_409_under_the_slug_the_mailbox_already_publishes() {
        assertThat(SubmissionProblem.IDEMPOTENCY_KEY_REUSED.status()).isEqualTo(409);
        assertThat(SubmissionProblem.IDEMPOTENCY_KEY_REUSED.type())
                .hasToString("https://citizenhub.example/problems/idempotency-key-reused");
    }
}
