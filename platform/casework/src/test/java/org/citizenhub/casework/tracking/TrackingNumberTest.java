package org.citizenhub.casework.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    @Test
    void a_tracking_number_reads_as_prefix_acceptance_date_and_zero_padded_serial() {
        assertThat(TrackingNumber.of("ML", LocalDate.of(2026, 2, 16), 42).value()).isEqualTo("ML20260216000042");
        assertThat(TrackingNumber.of("ZX", LocalDate.of(2026, 10, 8), 7).value()).isEqualTo("ZX20261008000007");
    }

    @Test
    void serials_beyond_six_digits_still_make_valid_tracking_numbers() {
        assertThat(TrackingNumber.of("ML", LocalDate.of(2026, 2, 16), 12_345_678).value())
                .isEqualTo("ML2026021612345678");
    }

    @Test
    void a_tracking_number_tells_its_prefix_date_and_serial() {
        var tn = new TrackingNumber("ML20261123000042");

        assertThat(tn.prefix()).isEqualTo("ML");
        assertThat(tn.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(tn.serial()).isEqualTo(42);
        assertThat(tn).hasToString("ML20261123000042");
    }

    @Test
    void anything_that_is_not_a_tracking_number_is_refused() {
        assertThat(TrackingNumber.isWellFormed("ML2026")).isFalse();
        assertThat(TrackingNumber.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(TrackingNumber.isWellFormed(null)).isFalse();
        assertThat(TrackingNumber.isWellFormed("ml20261123000042")).isFalse();
        assertThat(TrackingNumber.isWellFormed("ML20261123 00042")).isFalse();
        assertThat(TrackingNumber.isWellFormed("ML20270230000042")).as("30 February").isFalse();
        assertThat(TrackingNumber.isWellFormed("ML20261123" + "1".repeat(23))).as("longer than 32").isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new TrackingNumber("M120260216000042"));
    }

    @Test
    void a_prefix_is_two_upper_case_letters() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrackingNumber.of("M", LocalDate.of(2026, 1, 5), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TrackingNumber.of("ml", LocalDate.of(2026, 1, 5), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> TrackingNumber.of("ML", LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void parsing_for_one_service_refuses_another_services_numbers() {
        assertThat(TrackingNumber.parse("ML", "ML20261123000042")).isPresent();
        assertThat(TrackingNumber.parse("ZX", "ML20261123000042")).isEmpty();
        assertThat(TrackingNumber.parse("ZX", "nonsense")).isEmpty();
    }
}
