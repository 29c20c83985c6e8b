package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    @Test
    void a_tracking_number_reads_as_prefix_acceptance_date_and_zero_padded_serial() {
        assertThat(TrackingNumber.of(LocalDate.of(2026, 2, 16), 42).value()).isEqualTo("ML20260216000042");
    }

    @Test
    void serials_beyond_six_digits_still_make_valid_tracking_numbers() {
        assertThat(TrackingNumber.of(LocalDate.of(2026, 2, 16), 12_345_678).value()).isEqualTo("ML2026021612345678");
    }

    @Test
    void anything_that_is_not_a_tracking_number_is_refused() {
        assertThat(TrackingNumber.isWellFormed("ML2026")).isFalse();
        assertThat(TrackingNumber.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(TrackingNumber.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new TrackingNumber("XX20260216000042")).isInstanceOf(IllegalArgumentException.class);
    }
}
