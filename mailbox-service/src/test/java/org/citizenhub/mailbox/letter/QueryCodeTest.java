package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class QueryCodeTest {

    private final QueryCode codes = new QueryCode("a-test-key-of-sufficient-length".getBytes(StandardCharsets.UTF_8));
    private final TrackingNumber letter = new TrackingNumber("ML20261123000001");

    @Test
    void the_same_letter_always_gets_the_same_eight_character_code() {
        assertThat(codes.codeFor(letter)).hasSize(8).isEqualTo(codes.codeFor(letter)).matches("[A-Z2-9]{8}");
    }

    @Test
    void different_letters_get_different_codes() {
        assertThat(codes.codeFor(letter)).isNotEqualTo(codes.codeFor(new TrackingNumber("ML20261123000002")));
    }

    @Test
    void a_code_is_accepted_regardless_of_case_and_surrounding_spaces_but_a_wrong_code_is_not() {
        String code = codes.codeFor(letter);
        assertThat(codes.matches(letter, " " + code.toLowerCase() + " ")).isTrue();
        assertThat(codes.matches(letter, "AAAAAAAA")).isFalse();
        assertThat(codes.matches(letter, null)).isFalse();
    }

    @Test
    void another_server_key_gives_other_codes() {
        var other = new QueryCode("another-key-of-sufficient-length".getBytes(StandardCharsets.UTF_8));
        assertThat(other.codeFor(letter)).isNotEqualTo(codes.codeFor(letter));
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new QueryCode("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
