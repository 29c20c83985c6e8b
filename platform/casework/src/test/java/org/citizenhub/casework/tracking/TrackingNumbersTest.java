package org.citizenhub.casework.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class TrackingNumbersTest {

    private final AtomicLong sequence = new AtomicLong(41);

    @Test
    void the_mailbox_format_is_reproduced_ML_date_and_six_digit_serial() {
        var numbers = new TrackingNumbers("ML", sequence::incrementAndGet,
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));

        assertThat(numbers.next().value()).isEqualTo("ML20261123000042");
        assertThat(numbers.next().value()).isEqualTo("ML20261123000043");
    }

    @Test
    void the_date_is_the_day_in_shanghai_whatever_the_clocks_zone() {
        // 16:30 UTC on the 22nd is 00:30 on the 23rd in Shanghai
        var numbers = new TrackingNumbers("ZX", sequence::incrementAndGet,
                Clock.fixed(Instant.parse("2026-11-22T16:30:00Z"), ZoneOffset.UTC));

        assertThat(numbers.next().date()).hasToString("2026-11-23");
    }

    @Test
    void a_service_recognises_only_its_own_numbers() {
        var consultation = new TrackingNumbers("ZX", sequence::incrementAndGet, Clock.systemUTC());

        assertThat(consultation.isOurs("ZX20261123000042")).isTrue();
        assertThat(consultation.isOurs("ML20261123000042")).isFalse();
        assertThat(consultation.parse("ZX20261123000042")).map(TrackingNumber::serial).contains(42L);
        assertThat(consultation.parse("' or 1=1 --")).isEmpty();
    }

    @Test
    void only_a_plain_sequence_name_is_accepted() {
        JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackingNumbers.fromSequence(jdbc, "ML", "x'); drop table letter; --", Clock.systemUTC()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackingNumbers.fromSequence(jdbc, "ML", null, Clock.systemUTC()));
        assertThat(TrackingNumbers.fromSequence(jdbc, "ML", "mailbox.letter_serial", Clock.systemUTC()).prefix())
                .isEqualTo("ML");
    }
}
