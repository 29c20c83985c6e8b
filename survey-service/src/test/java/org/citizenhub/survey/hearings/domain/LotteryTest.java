package org.citizenhub.survey.hearings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LotteryTest {

    private static final List<UUID> REGISTRATIONS = IntStream.range(1, 11)
            .mapToObj(i -> UUID.fromString("00000000-0000-4000-8000-%012d".formatted(i))).toList();

    @Test
    void anyone_re_running_the_documented_algorithm_with_the_published_seed_gets_the_same_seats() throws Exception {
        // the algorithm of docs/hearings.md, written out independently: key = hex(SHA-256(seed ":" id)), lowest first
        Map<String, UUID> byKey = new TreeMap<>();
        for (UUID id : REGISTRATIONS) {
            byKey.put(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("seed-2026:" + id).getBytes(StandardCharsets.UTF_8))), id);
        }
        List<UUID> expected = byKey.values().stream().limit(3).toList();

        assertThat(Lottery.draw("seed-2026", REGISTRATIONS, 3)).isEqualTo(expected);
    }

    @Test
    void the_order_the_registrations_arrive_in_does_not_change_the_draw() {
        List<UUID> shuffled = new ArrayList<>(REGISTRATIONS);
        Collections.shuffle(shuffled, new java.util.Random(7));

        assertThat(Lottery.draw("seed-2026", shuffled, 4)).isEqualTo(Lottery.draw("seed-2026", REGISTRATIONS, 4));
    }

    @Test
    void another_seed_draws_other_seats_and_with_enough_seats_everyone_is_seated() {
        assertThat(Lottery.draw("other", REGISTRATIONS, 3)).isNotEqualTo(Lottery.draw("seed-2026", REGISTRATIONS, 3));
        assertThat(Lottery.draw("x", REGISTRATIONS, 20)).containsExactlyInAnyOrderElementsOf(REGISTRATIONS);
    }
}
