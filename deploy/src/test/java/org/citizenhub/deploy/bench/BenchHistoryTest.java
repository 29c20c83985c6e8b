package org.citizenhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchHistoryTest {

    @Test
    void a_run_is_one_json_line_with_every_phases_rates_latency_and_cpu_per_request() {
        String line = BenchHistory.line(report("2026-11-30T19:00:00", 100.0, 9.0, 150L), "letters", "0d67681");

        assertThat(line).doesNotContain("\n").doesNotContain("NaN");
        JsonNode run = JsonMapper.builder().build().readTree(line);
        assertThat(run.path("date").asString()).isEqualTo("2026-11-30T19:00:00");
        assertThat(run.path("commit").asString()).isEqualTo("0d67681");
        assertThat(run.path("scenario").asString()).isEqualTo("letters");
        JsonNode gateway = run.path("phases").get(0);
        assertThat(gateway.path("target").asString()).isEqualTo("gateway");
        assertThat(gateway.path("offeredRate").asInt()).isEqualTo(100);
        assertThat(gateway.path("achieved").asDouble()).isEqualTo(100.0);
        assertThat(gateway.path("p50Ms").asDouble()).isEqualTo(9.0);
        assertThat(gateway.path("p99Ms").asDouble()).isEqualTo(90.0);
        // 150 ticks at 100/s over 3000 answers
        assertThat(gateway.path("cpuMsPerRequest").path("gateway").asDouble()).isEqualTo(0.5);
        assertThat(gateway.path("cpuMsPerRequest").path("hub").asDouble()).isEqualTo(0.8);
        assertThat(gateway.path("cpuMsPerRequest").path("redis").isNull()).isTrue(); // unknown, not 0
        assertThat(BenchHistory.line(report("t", 100.0, 9.0, 150L), "letters", null)).contains("\"commit\":null");
    }

    @Test
    void the_previous_run_of_the_same_scenario_target_and_rate_is_shown_as_a_ratio(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("bench").resolve(BenchHistory.FILE);
        BenchHistory.append(file, BenchHistory.line(report("2026-11-30T18:00:00", 100.0, 10.0, 300L), "letters", "aaa1111"));
        BenchHistory.append(file, BenchHistory.line(report("2026-11-30T18:30:00", 100.0, 99.0, 999L), "consultations", "bbb"));
        List<String> earlier = new ArrayList<>(BenchHistory.read(file));
        earlier.add("{not json");

        List<String> lines = BenchHistory.comparison(report("2026-11-30T19:00:00", 100.0, 9.0, 150L), "letters", earlier);

        assertThat(BenchHistory.read(file)).hasSize(2);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .startsWith("gateway 100/s vs 2026-11-30T18:00:00 (aaa1111): ")
                .contains("p50 9.0 ms (was 10.0, x0.90)")
                .contains("gateway 0.50 (was 1.00, x0.50)")
                .contains("redis n/a (was n/a, n/a)");
        assertThat(BenchHistory.comparison(report("t", 100.0, 9.0, 150L), "letters", List.of())).isEmpty();
        assertThat(BenchHistory.previous(earlier, "letters", "direct", 100)).isEmpty();
        assertThat(BenchHistory.read(dir.resolve("none.jsonl"))).isEmpty();
    }

    /** One gateway phase at 100/s, 3000 answers over 30 s; gateway CPU ticks at 100/s, mailbox-service 90 ticks. */
    private static BenchReport report(String date, double rate, double p50, long gatewayTicks) {
        CpuUsage cpu = CpuUsage.between(Map.of("gateway", 0L, "mailbox-service", 0L, "redis", 0L),
                Map.of("gateway", gatewayTicks, "mailbox-service", 90L), 100, 30);
        PhaseResult r = new PhaseResult("gateway", "http://x", (int) rate, 30, 30, 3000, 3000, 0, 0, 0, 0, 0,
                new PhaseResult.Latency(p50, p50 * 2, p50 * 10, p50 * 20, p50), 1.0, cpu);
        return new BenchReport(date, "./hub bench", "2 cores", List.of(r), 200);
    }
}
