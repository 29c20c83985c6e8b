package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.citizenhub.casework.tracking.TrackingNumbers;
import org.junit.jupiter.api.Test;

/** The mailbox's tracking numbers, drawn by the casework core with the mailbox's prefix. */
class TrackingNumberTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void a_letters_tracking_number_reads_as_ml_acceptance_date_and_zero_padded_serial() {
        var numbers = new TrackingNumbers(LetterNumbers.PREFIX, () -> 42, CLOCK);

        assertThat(numbers.next().value()).isEqualTo("ML20260216000042");
    }

    @Test
    void serials_beyond_six_digits_still_make_valid_tracking_numbers() {
        var numbers = new TrackingNumbers(LetterNumbers.PREFIX, () -> 12_345_678, CLOCK);

        assertThat(numbers.next().value()).isEqualTo("ML2026021612345678");
    }

    @Test
    void anything_that_is_not_a_letters_tracking_number_is_no_letter() {
        assertThat(LetterNumbers.parse("ML2026")).isEmpty();
        assertThat(LetterNumbers.parse("../../etc/passwd")).isEmpty();
        assertThat(LetterNumbers.parse(null)).isEmpty();
        assertThat(LetterNumbers.parse("ZX20260216000042")).as("another service's number").isEmpty();
        assertThat(LetterNumbers.parse("ML20260216000042")).isPresent();
    }
}
