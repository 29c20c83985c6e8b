package org.citizenhub.casework.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.citizenhub.casework.TestCases;
import org.citizenhub.casework.TestService;
import org.junit.jupiter.api.Test;

/** Tracking numbers drawn from a service's PostgreSQL sequence. */
class TrackingNumbersIT {

    private final TrackingNumbers numbers = TestService.bean(TestCases.class).numbers();

    @Test
    void numbers_carry_the_prefix_todays_date_in_shanghai_and_the_next_serial_of_the_sequence() {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        TrackingNumber first = numbers.next();
        TrackingNumber second = numbers.next();
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(first.value()).matches("CW\\d{8}\\d{6,}");
        assertThat(first.prefix()).isEqualTo("CW");
        assertThat(first.date()).isBetween(before, after);
        assertThat(second.serial()).isGreaterThan(first.serial());
        assertThat(numbers.isOurs(first.value())).isTrue();
    }

    @Test
    void numbers_drawn_concurrently_are_all_different() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = IntStream.range(0, 4).<Future<?>>mapToObj(t -> pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    seen.add(numbers.next().value());
                }
            })).toList();
            for (Future<?> f : futures) {
                f.get();
            }
        }

        assertThat(seen).hasSize(200);
    }
}
