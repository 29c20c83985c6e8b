package org.citizenhub.hall.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ApplicantIdentifiersTest {

    @Test
    void a_credit_code_with_the_right_check_character_is_accepted_in_any_case() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCode.parse(" 91350100m000100y43 ")).map(CreditCode::value).contains("91350100M000100Y43");
        assertThat(new CreditCode("91350100M000100Y43").division()).isEqualTo("350100");
    }

    @Test
    void a_mistyped_credit_code_is_caught_by_its_check_character() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000101Y43")).isFalse();
        assertThat(CreditCode.isValid("91350100M00010OY43")).as("O is not in the alphabet").isFalse();
        assertThat(CreditCode.isValid("9135010")).isFalse();
        assertThat(CreditCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CreditCode("913501")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_application_number_is_the_implementation_code_the_day_and_a_serial() {
        var number = new ApplicationNumber("11440100MB2D1234567", LocalDate.of(2026, 11, 16), 42);
        assertThat(number.value()).isEqualTo("11440100MB2D123456720261116000042");
        assertThat(ApplicationNumber.parse(number.value())).contains(number);
        assertThat(ApplicationNumber.parse("11440100MB2D123456720261340000042")).as("no 34th day").isEmpty();
        assertThat(ApplicationNumber.parse("short")).isEmpty();
        assertThatThrownBy(() -> new ApplicationNumber("11440100MB2D1234567", LocalDate.of(2026, 11, 16), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
