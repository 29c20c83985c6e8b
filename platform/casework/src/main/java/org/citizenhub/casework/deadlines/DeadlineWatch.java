package org.citizenhub.casework.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Makes the due-soon and overdue announcements of every service's cases whose moment has come. Every
 * {@code hub.casework.deadline-watch.interval}, on one replica at a time (ShedLock lock
 * {@code deadline-watch-<announcer>}), it asks each {@link DeadlineAnnouncer} for its due cases and announces
 * them one by one.
 *
 * <p>One case never stops the others: each announcement is tried on its own, a failure is counted (metric
 * {@value #FAILURES}), logged and the watch goes on. A case that failed waits before it is tried again (one
 * interval, doubling up to {@code max-backoff}) and, while it waits, is passed over and does not take a place in
 * the batch, so a case that always fails can neither come first every time nor crowd the others out. A round
 * also stops after half of {@code lock-at-most-for}, so that it never outlives its lock; the rest waits for the next.
 */
public final class DeadlineWatch implements SmartLifecycle {

    public static final String LOCK_PREFIX = "deadline-watch-";
    public static final String ANNOUNCED = "hub.casework.deadline.announced";
    public static final String FAILURES = "hub.casework.deadline.watch.failures";
    public static final String WAITING = "hub.casework.deadline.watch.backing-off";
    /** Failed cases remembered per announcer; beyond this the oldest entries are forgotten. */
    static final int MAX_REMEMBERED_FAILURES = 10_000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    /** What one round did for one announcer. */
    public record Round(String announcer, int announced, int failed, int backingOff) {
    }

    private final List<Watched<?>> watched;
    private final LockingTaskExecutor locks;
    private final DeadlineWatchProperties properties;
    private final Clock clock;

    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> schedule;

    public DeadlineWatch(List<? extends DeadlineAnnouncer<?>> announcers, LockingTaskExecutor locks,
                         DeadlineWatchProperties properties, Clock clock, MeterRegistry meters) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(meters, "meters");
        Set<String> names = new HashSet<>();
        List<Watched<?>> list = new ArrayList<>();
        for (DeadlineAnnouncer<?> announcer : announcers) {
            String name = announcer.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("A deadline announcer's name is lower-case letters, digits and "
                        + "'-' (at most 41): " + name);
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("Two deadline announcers are named " + name);
            }
            list.add(new Watched<>(announcer, meters));
        }
        this.watched = List.copyOf(list);
    }

    /** One round for every announcer, each under its lock (skipped where another replica holds it). */
    public List<Round> runOnce() {
        List<Round> rounds = new ArrayList<>();
        for (Watched<?> w : watched) {
            Duration atMost = properties.lockAtMostFor();
            Duration atLeast = min(properties.interval().dividedBy(2), atMost);
            try {
                var result = locks.executeWithLock((LockingTaskExecutor.TaskWithResult<Round>) () -> w.round(clock.instant()),
                        new LockConfiguration(clock.instant(), LOCK_PREFIX + w.announcer.name(), atMost, atLeast));
                if (result.wasExecuted()) {
                    rounds.add(result.getResult());
                }
            } catch (Throwable failure) {
                // the lock or the announcer's query itself failed: nothing was announced, the next round retries
                log.warn("Deadline watch of {} failed; will try again in {}", w.announcer.name(),
                        properties.interval(), failure);
            }
        }
        return rounds;
    }

    /** One round for every announcer without the lock (the caller makes sure no other replica runs one). */
    public List<Round> roundWithoutLock() {
        Instant now = clock.instant();
        return watched.stream().map(w -> (Round) w.round(now)).toList();
    }

    private final class Watched<ID> {

        private final DeadlineAnnouncer<ID> announcer;
        private final Counter announced;
        private final Counter failures;
        /** Cases that failed: how often in a row, and not before when they are tried again. Insertion-ordered. */
        private final Map<ID, Failure> failing = new LinkedHashMap<>();

        Watched(DeadlineAnnouncer<ID> announcer, MeterRegistry meters) {
            this.announcer = announcer;
            this.announced = Counter.builder(ANNOUNCED).tag("announcer", announcer.name())
                    .description("Due-soon and overdue announcements made").register(meters);
            this.failures = Counter.builder(FAILURES).tag("announcer", announcer.name())
                    .description("Cases whose announcement failed (tried again later)").register(meters);
            Gauge.builder(WAITING, this, w -> w.waitingCount()).tag("announcer", announcer.name())
                    .description("Failed cases waiting to be tried again").register(meters);
        }

        synchronized Round round(Instant now) {
            Instant stopBy = now.plus(properties.lockAtMostFor().dividedBy(2));
            int batch = properties.batchSize();
            // cases that wait do not count against the batch: fetch enough to fill it with the others
            int waiting = (int) failing.values().stream().filter(f -> f.notBefore.isAfter(now)).count();
            int limit = batch + waiting;
            List<ID> due = announcer.dueCases(now, limit);
            if (due.size() < limit) {
                // the full list of due cases: a remembered failure not in it is no longer due (answered, fixed)
                failing.keySet().retainAll(new HashSet<>(due));
            }
            // never-failed cases first, then failed ones whose wait is over; those still waiting are passed over
            List<ID> order = new ArrayList<>(due.size());
            List<ID> retries = new ArrayList<>();
            for (ID id : due) {
                Failure f = failing.get(id);
                if (f == null) {
                    order.add(id);
                } else if (!f.notBefore.isAfter(now)) {
                    retries.add(id);
                }
            }
            order.addAll(retries);
            int made = 0;
            int failed = 0;
            int tried = 0;
            for (ID id : order) {
                if (tried >= batch || clock.instant().isAfter(stopBy)) {
                    break;
                }
                tried++;
                try {
                    int n = announcer.announce(id, now);
                    made += n;
                    announced.increment(n);
                    failing.remove(id);
                } catch (RuntimeException | StackOverflowError e) {
                    // a case that breaks the step (or blows the stack) fails alone; other errors of the JVM do not
                    // belong to one case and are not swallowed
                    failed++;
                    failures.increment();
                    Failure f = failing.remove(id);
                    int times = f == null ? 1 : f.times + 1;
                    Instant retryAt = now.plus(backoff(times));
                    failing.put(id, new Failure(times, retryAt));
                    forgetOldest();
                    if (times == 1) {
                        log.warn("Deadline announcement of {} case {} failed; the others go on, it is tried again "
                                + "at {}", announcer.name(), id, retryAt, e);
                    } else {
                        log.warn("Deadline announcement of {} case {} failed again ({} times): {}; next try at {}",
                                announcer.name(), id, times, e.toString(), retryAt);
                    }
                }
            }
            if (made > 0 || failed > 0) {
                log.info("Deadline watch of {}: {} announced, {} failed", announcer.name(), made, failed);
            }
            return new Round(announcer.name(), made, failed, waitingCount());
        }

        private Duration backoff(int times) {
            Duration wait = properties.interval().multipliedBy(1L << Math.min(times - 1, 20));
            return min(wait, properties.maxBackoff());
        }

        private void forgetOldest() {
            var it = failing.keySet().iterator();
            while (failing.size() > MAX_REMEMBERED_FAILURES && it.hasNext()) {
                it.next();
                it.remove();
            }
        }

        synchronized int waitingCount() {
            return failing.size();
        }
    }

    private record Failure(int times, Instant notBefore) {
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void start() {
        if (schedule != null || !properties.enabled() || watched.isEmpty()) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("hub-deadline-watch-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        Duration interval = properties.interval();
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, scheduler.getClock().instant().plus(interval),
                interval);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
