package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.supervision.exchange.examples.WebhookVerifier.Outcome;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The delivery benchmark (not part of CI: the name matches neither Surefire's nor Failsafe's patterns): publishes
 * {@code bench.rate} events per second (default 100) for {@code bench.seconds} (default 60) onto
 * gov.hub.mailbox.letter, spread over {@code bench.cases} cases (default 50), to this test's supervision on the real
 * servers, and a local receiver verifying every signature measures arrival minus ce_time (the producer's commit).
 * Run alone:
 * <pre>
 * ./mvnw -B -o -pl supervision -am verify -Dtest=None -Dit.test=DeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.failIfNoSpecifiedTests=false -Dhub.skipTests=false -Dbench.seconds=60
 * </pre>
 * The percentiles are printed and written to {@code supervision/target/delivery-benchmark.txt}.
 */
class DeliveryBenchmark extends SupervisionIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void delivery_from_commit_to_webhook_received() throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int cases = Integer.getInteger("bench.cases", 50);
        MovedClock.CLOCK.reset();
        String department = "D-BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var admin = TestAccounts.admin();
        try (var events = new HubEvents(); var receiver = new WebhookReceiver(MovedClock.CLOCK)) {
            var created = expect(post("/admin/subscriptions", admin, Map.of("name", "benchmark",
                    "families", List.of("mailbox"), "department", department, "url", receiver.url())), 201).json();
            receiver.trust(created.path("secret").asString());
            String subscription = created.path("subscription").path("id").asString();
            // warm-up: the first delivery pays for connections and JIT
            events.letter("WARM-" + department, department, "submitted", OffsetDateTime.now());
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() == 1);

            int total = rate * seconds;
            long periodNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                long due = start + i * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                String key = "BENCH-" + department + "-" + (i % cases);
                String data = "{\"trackingNumber\":\"" + key + "\",\"department\":\"" + department + "\",\"n\":" + i + "}";
                sent.add(events.sendAsync("gov.hub.mailbox.letter", key, UUID.randomUUID().toString(),
                        "gov.hub.mailbox.letter.submitted.v1", key, OffsetDateTime.now(), data));
            }
            double publishedFor = (System.nanoTime() - start) / 1e9;
            for (Future<?> f : sent) {
                f.get();
            }
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> receiver.processed().size() == total + 1);

            var processed = receiver.processed().subList(1, total + 1);
            assertThat(receiver.all()).allMatch(r -> r.outcome() == Outcome.ACCEPTED);
            long[] latencies = processed.stream().mapToLong(r -> r.arrivedAtMillis()
                    - OffsetDateTime.parse(r.body().path("timestamp").asString()).toInstant().toEpochMilli())
                    .sorted().toArray();
            boolean inOrder = processed.stream().collect(java.util.stream.Collectors.groupingBy(
                            WebhookReceiver.Received::subject,
                            java.util.stream.Collectors.mapping(r -> r.body().path("data").path("n").asInt(),
                                    java.util.stream.Collectors.toList())))
                    .values().stream().allMatch(ns -> ns.equals(ns.stream().sorted().toList()));
            String report = String.format(
                    "delivery benchmark: %d events at %d/s for %d s (published in %.1f s), %d cases, one subscription%n"
                            + "commit (ce_time) -> webhook received, ms: p50 %d, p95 %d, p99 %d, max %d; in order per case: %s%n",
                    total, rate, seconds, publishedFor, cases, pct(latencies, 50), pct(latencies, 95),
                    pct(latencies, 99), latencies[latencies.length - 1], inOrder);
            var stages = jdbc.sql("""
                            select percentile_cont(array[0.5, 0.95, 0.99]) within group (order by
                                       extract(epoch from e.received_at - e.occurred_at) * 1000) as intake,
                                   percentile_cont(array[0.5, 0.95, 0.99]) within group (order by
                                       extract(epoch from d.finished_at - e.received_at) * 1000) as dispatch
                              from ex_event e join ex_delivery d on d.event_seq = e.seq
                             where d.subscription_id = :id""")
                    .param("id", UUID.fromString(subscription))
                    .query((rs, n) -> String.format("stages, ms (p50, p95, p99): ce_time -> stored by the intake %s;"
                                    + " stored -> receiver answered %s%n", rs.getString("intake"),
                            rs.getString("dispatch"))).single();
            report += stages + String.format("load average at the end: %.2f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.print(report);
            Files.writeString(Path.of("target", "delivery-benchmark.txt"), report);
            request("DELETE", "/admin/subscriptions/" + subscription, admin, null, null);
            assertThat(inOrder).isTrue();
        }
    }

    private static long pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
