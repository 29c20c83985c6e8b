package org.citizenhub.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void a_mobile_number_is_masked_except_the_first_three_and_last_four_digits() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void a_landline_number_is_masked_too() {
        assertThat(new PhoneNumber("0999-12345678").masked()).isEqualTo("099*****5678");
    }

    @Test
    void printing_a_phone_number_never_shows_it_in_full() {
        assertThat(new PhoneNumber("13812345678").toString()).doesNotContain("13812345678");
    }

    @Test
    void text_that_is_not_a_phone_number_is_rejected() {
        assertThatThrownBy(() -> new PhoneNumber("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("1381234567a")).isInstanceOf(IllegalArgumentException.class);
    }
}
