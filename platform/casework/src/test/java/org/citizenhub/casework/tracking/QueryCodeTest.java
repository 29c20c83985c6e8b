package org.citizenhub.casework.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class QueryCodeTest {

    private final QueryCode codes = QueryCode.fromSecret("a-test-key-of-sufficient-length");
    private final TrackingNumber letter = new TrackingNumber("ML20261123000001");

    @Test
    void codes_already_handed_out_by_the_mailbox_stay_valid() {
        // computed with mailbox-service's own QueryCode before the move, same key
        assertThat(codes.codeFor(letter)).isEqualTo("7B8MDTYZ");
        assertThat(codes.codeFor(new TrackingNumber("ML20261123000002"))).isEqualTo("W8HHYC77");
    }

    @Test
    void the_same_case_always_gets_the_same_eight_character_code() {
        assertThat(codes.codeFor(letter)).hasSize(8).isEqualTo(codes.codeFor(letter)).matches("[A-HJ-NP-Z2-9]{8}");
    }

    @Test
    void different_cases_get_different_codes() {
        assertThat(codes.codeFor(letter)).isNotEqualTo(codes.codeFor(new TrackingNumber("ZX20261123000001")));
    }

    @Test
    void a_code_is_accepted_regardless_of_case_and_surrounding_spaces_but_a_wrong_code_is_not() {
        String code = codes.codeFor(letter);

        assertThat(codes.matches(letter, " " + code.toLowerCase() + " ")).isTrue();
        assertThat(codes.matches(letter, "AAAAAAAA")).isFalse();
        assertThat(codes.matches(letter, code.substring(1))).isFalse();
        assertThat(codes.matches(letter, "")).isFalse();
        assertThat(codes.matches(letter, null)).isFalse();
    }

    @Test
    void another_server_key_gives_other_codes() {
        var other = new QueryCode("another-key-of-sufficient-length".getBytes(StandardCharsets.UTF_8));

        assertThat(other.codeFor(letter)).isNotEqualTo(codes.codeFor(letter));
    }

    @Test
    void a_short_or_missing_key_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QueryCode.fromSecret("short"));
        assertThatIllegalArgumentException().isThrownBy(() -> QueryCode.fromSecret(null));
    }
}
