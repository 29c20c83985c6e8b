package org.citizenhub.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Regression for the mailbox's watch: one letter whose step threw aborted the batch, and as it came first every
 * time, no letter was announced any more.
 */
class DeadlineWatchTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> locksTaken = new ArrayList<>();
    private final LockProvider alwaysFree = config -> {
        locksTaken.add(config.getName());
        return Optional.of(() -> { });
    };

    @Test
    void a_case_that_fails_first_in_every_round_does_not_stop_the_others_and_each_is_announced_once() {
        var cases = new FakeAnnouncer("mailbox-letters").failing("poison", Integer.MAX_VALUE)
                .due("a").due("b").due("c").due("d");
        var watch = watch(properties(2), cases);

        watch.runOnce();
        clock.advance(Duration.ofSeconds(30));
        watch.runOnce();
        clock.advance(Duration.ofSeconds(30));
        watch.runOnce();

        assertThat(cases.announced).containsExactly("a", "b", "c", "d");
        assertThat(cases.attempts).containsEntry("a", 1).containsEntry("b", 1).containsEntry("c", 1)
                .containsEntry("d", 1);
    }

    @Test
    void a_failing_case_waits_longer_after_each_failure_and_is_announced_once_it_recovers() {
        var cases = new FakeAnnouncer("mailbox-letters").failing("flaky", 2).due("fine");
        var watch = watch(properties(10), cases);

        watch.runOnce();                                        // fails (1st): waits one interval
        clock.advance(Duration.ofSeconds(59));
        watch.runOnce();                                        // still waiting: not tried
        assertThat(cases.attempts.get("flaky")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        watch.runOnce();                                        // fails (2nd): waits two intervals
        clock.advance(Duration.ofSeconds(60));
        watch.runOnce();                                        // still waiting
        assertThat(cases.attempts.get("flaky")).isEqualTo(2);
        clock.advance(Duration.ofSeconds(60));
        var rounds = watch.runOnce();                           // recovered

        assertThat(cases.attempts.get("flaky")).isEqualTo(3);
        assertThat(cases.announced).containsExactly("fine", "flaky");
        assertThat(rounds).containsExactly(new DeadlineWatch.Round("mailbox-letters", 1, 0, 0));
    }

    @Test
    void the_wait_never_exceeds_the_configured_longest_back_off() {
        var cases = new FakeAnnouncer("x").failing("poison", Integer.MAX_VALUE);
        var props = new DeadlineWatchProperties(true, Duration.ofSeconds(60), 10, Duration.ofMinutes(5),
                Duration.ofMinutes(3));
        var watch = watch(props, cases);

        for (int i = 0; i < 10; i++) {
            watch.runOnce();
            clock.advance(Duration.ofMinutes(3));
        }

        assertThat(cases.attempts.get("poison")).isEqualTo(10);
    }

    @Test
    void failures_are_counted_per_announcer_and_announcements_too() {
        var cases = new FakeAnnouncer("consultation-cases").failing("poison", Integer.MAX_VALUE).due("a");
        var watch = watch(properties(10), cases);

        var rounds = watch.runOnce();

        assertThat(rounds).containsExactly(new DeadlineWatch.Round("consultation-cases", 1, 1, 1));
        assertThat(meters.get(DeadlineWatch.FAILURES).tag("announcer", "consultation-cases").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(DeadlineWatch.ANNOUNCED).tag("announcer", "consultation-cases").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(DeadlineWatch.WAITING).tag("announcer", "consultation-cases").gauge().value())
                .isEqualTo(1.0);
    }

    @Test
    void a_case_that_is_no_longer_due_is_forgotten_with_its_failures() {
        var cases = new FakeAnnouncer("x").failing("poison", Integer.MAX_VALUE);
        var watch = watch(properties(10), cases);
        watch.runOnce();

        cases.notDue("poison");
        var rounds = watch.runOnce();

        assertThat(rounds.getFirst().backingOff()).isZero();
    }

    @Test
    void one_announcer_whose_query_fails_does_not_stop_the_others() {
        var broken = new FakeAnnouncer("broken") {
            @Override
            public List<String> dueCases(Instant now, int limit) {
                throw new IllegalStateException("relation does not exist");
            }
        };
        var fine = new FakeAnnouncer("fine").due("a");
        var watch = new DeadlineWatch(List.of(broken, fine), new DefaultLockingTaskExecutor(alwaysFree),
                properties(10), clock, meters);

        watch.runOnce();

        assertThat(fine.announced).containsExactly("a");
    }

    @Test
    void each_announcer_works_under_its_own_lock_and_not_at_all_while_another_replica_holds_it() {
        var cases = new FakeAnnouncer("mailbox-letters").due("a");
        watch(properties(10), cases).runOnce();
        assertThat(locksTaken).containsExactly("deadline-watch-mailbox-letters");

        var elsewhere = new FakeAnnouncer("mailbox-letters").due("a");
        LockProvider held = config -> Optional.<SimpleLock>empty();
        var rounds = new DeadlineWatch(List.of(elsewhere), new DefaultLockingTaskExecutor(held), properties(10),
                clock, meters).runOnce();

        assertThat(rounds).isEmpty();
        assertThat(elsewhere.announced).isEmpty();
    }

    @Test
    void a_round_stops_when_half_its_lock_time_is_spent_and_the_rest_comes_next_round() {
        var slow = new FakeAnnouncer("slow") {
            @Override
            public int announce(String id, Instant now) {
                clock.advance(Duration.ofMinutes(2));           // each announcement takes 2 of the 2.5 minutes
                return super.announce(id, now);
            }
        }.due("a").due("b").due("c");
        var watch = watch(properties(10), slow);

        watch.runOnce();
        assertThat(slow.announced).containsExactly("a", "b");
        watch.runOnce();
        assertThat(slow.announced).containsExactly("a", "b", "c");
    }

    @Test
    void a_case_whose_step_overflows_the_stack_fails_alone() {
        var cases = new FakeAnnouncer("x") {
            @Override
            public int announce(String id, Instant now) {
                if (id.equals("deep")) {
                    throw new StackOverflowError();
                }
                return super.announce(id, now);
            }
        }.due("deep").due("a");

        var rounds = watch(properties(10), cases).runOnce();

        assertThat(cases.announced).containsExactly("a");
        assertThat(rounds.getFirst().failed()).isEqualTo(1);
    }

    @Test
    void announcers_need_distinct_plain_names() {
        assertThatIllegalArgumentException().isThrownBy(() -> watch(properties(1), new FakeAnnouncer("Mailbox")));
        assertThatIllegalArgumentException().isThrownBy(() -> watch(properties(1), new FakeAnnouncer("a"),
                new FakeAnnouncer("a")));
    }

    @Test
    void bad_settings_are_refused_when_bound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineWatchProperties(true,
                Duration.ofMillis(10), 10, Duration.ofMinutes(5), Duration.ofHours(1)))
                .withMessageContaining("interval");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineWatchProperties(true,
                Duration.ofSeconds(60), 0, Duration.ofMinutes(5), Duration.ofHours(1)))
                .withMessageContaining("batch-size");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineWatchProperties(true,
                Duration.ofSeconds(60), 10, Duration.ofMinutes(5), Duration.ofSeconds(1)))
                .withMessageContaining("max-backoff");
    }

    @Test
    void a_disabled_watch_does_not_schedule() {
        var props = new DeadlineWatchProperties(false, Duration.ofSeconds(60), 10, Duration.ofMinutes(5),
                Duration.ofHours(1));
        var watch = watch(props, new FakeAnnouncer("x"));

        watch.start();

        assertThat(watch.isRunning()).isFalse();
    }

    private DeadlineWatch watch(DeadlineWatchProperties properties, FakeAnnouncer... announcers) {
        return new DeadlineWatch(List.of(announcers), new DefaultLockingTaskExecutor(alwaysFree), properties, clock,
                meters);
    }

    private static DeadlineWatchProperties properties(int batch) {
        return new DeadlineWatchProperties(true, Duration.ofSeconds(60), batch, Duration.ofMinutes(5),
                Duration.ofHours(1));
    }

    /** Cases in a fixed order of urgency; a failing case throws a given number of times, then succeeds. */
    static class FakeAnnouncer implements DeadlineAnnouncer<String> {

        private final String name;
        private final Map<String, Integer> failuresLeft = new LinkedHashMap<>();
        final List<String> announced = new ArrayList<>();
        final Map<String, Integer> attempts = new LinkedHashMap<>();

        FakeAnnouncer(String name) {
            this.name = name;
        }

        FakeAnnouncer due(String id) {
            failuresLeft.put(id, 0);
            return this;
        }

        FakeAnnouncer failing(String id, int times) {
            failuresLeft.put(id, times);
            return this;
        }

        void notDue(String id) {
            failuresLeft.remove(id);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> dueCases(Instant now, int limit) {
            return failuresLeft.keySet().stream().filter(id -> !announced.contains(id)).limit(limit).toList();
        }

        @Override
        public int announce(String id, Instant now) {
            attempts.merge(id, 1, Integer::sum);
            int left = failuresLeft.get(id);
            if (left > 0) {
                failuresLeft.put(id, left == Integer.MAX_VALUE ? left : left - 1);
                throw new IllegalStateException("step of " + id + " throws");
            }
            announced.add(id);
            return 1;
        }
    }

}
