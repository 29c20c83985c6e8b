package org.citizenhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchReportTest {

    @Test
    void percentilesInMillisecondsFromAHistogramInMicroseconds() {
        Histogram h = new Histogram(3);
        for (int ms = 1; ms <= 100; ms++) {
            h.recordValue(ms * 1000L);
        }

        PhaseResult.Latency l = PhaseResult.Latency.ofMicros(h);

        assertThat(l.p50()).isCloseTo(50, within(0.1));
        assertThat(l.p95()).isCloseTo(95, within(0.1));
        assertThat(l.p99()).isCloseTo(99, within(0.1));
        assertThat(l.max()).isCloseTo(100, within(0.1));
        assertThat(PhaseResult.Latency.ofMicros(new Histogram(3)).p99()).isNaN();
    }

    @Test
    void throughputCountsTheDrainAfterTheMeasuredWindow() {
        PhaseResult keptUp = result("direct", 500, 30, 30.1, 15_000, 0, latency(10, 150));
        PhaseResult fellBehind = result("gateway", 500, 30, 45, 15_000, 0, latency(20, 900));

        assertThat(keptUp.throughput()).isCloseTo(498.3, within(0.1));
        assertThat(fellBehind.throughput()).isCloseTo(333.3, within(0.1));
    }

    @Test
    void verdictRatiosTableMarkdownAndJson() {
        PhaseResult gateway = result("gateway", 500, 30, 30.2, 14_990, 10, latency(12, 250));
        PhaseResult direct = result("direct", 500, 30, 30.1, 15_000, 0, latency(8, 100));
        BenchReport report = new BenchReport("2026-11-24T10:00", "./hub bench --rate 500", "2 cores",
                List.of(gateway, direct), 200);

        assertThat(report.meetsObjective(gateway)).isFalse(); // p99 250 ms and 10 answers 429
        assertThat(report.meetsObjective(direct)).isTrue();
        BenchReport.Overhead o = report.overheads().getFirst();
        assertThat(o.p50Ratio()).isCloseTo(1.5, within(0.001));
        assertThat(o.p99AddedMs()).isCloseTo(150, within(0.001));

        assertThat(report.table())
                .contains("p99<200ms")
                .containsPattern("gateway +500/s +496\\.4/s +14990 +0 +10 .* 12\\.0 .* 250\\.0 +500\\.0 +2\\.5  NO")
                .contains("gateway vs direct at 500/s: p50 x1.50 (+4.0 ms), p99 x2.50 (+150.0 ms)");
        assertThat(report.markdown())
                .contains("| gateway | 500 | 496.4 | 14990 | 0 | 10 | 0 | 0 | 0 | 0 | 12.0 | 24.0 | 250.0 | 500.0 | 2.5 | **no** |")
                .contains("| 500 | x1.50 | +4.0 | x2.50 | +150.0 |");

        JsonNode json = JsonMapper.builder().build().readTree(report.json());
        assertThat(json.path("results").get(1).path("latencyMs").path("p99").asDouble()).isEqualTo(100.0);
        assertThat(json.path("results").get(0).path("rateLimited").asLong()).isEqualTo(10);
        assertThat(json.path("gatewayVsDirect").get(0).path("p99Ratio").asDouble()).isEqualTo(2.5);
    }

    @Test
    void a_survey_run_counts_answers_refused_as_already_given_apart_from_other_4xx() {
        PhaseResult answered = new PhaseResult("direct", "http://127.0.0.1:8104/surveys/s/responses", 50, 20, 20,
                1000, 990, 0, 7, 3, 0, 0, 0, latency(6, 40), 1.5, CpuUsage.NONE);
        BenchReport report = new BenchReport("t", "./hub bench --scenario surveys --rate 50", "2 cores",
                List.of(answered), 200);

        assertThat(report.table()).containsPattern("direct +50/s +49\\.5/s +990 +7 +0 +3 +0 +0 +0 ");
        assertThat(report.markdown())
                .startsWith("# Survey response submission benchmark")
                .contains("| 2xx | 409 | 429 | other 4xx |")
                .contains("| direct | 50 | 49.5 | 990 | 7 | 0 | 3 | 0 | 0 | 0 | 6.0 |");
        JsonNode json = JsonMapper.builder().build().readTree(report.json());
        assertThat(json.path("results").get(0).path("conflicts").asLong()).isEqualTo(7);
        assertThat(json.path("results").get(0).path("clientErrors").asLong()).isEqualTo(3);
        assertThat(report.meetsObjective(answered)).isFalse();
        PhaseResult viaGateway = new PhaseResult("gateway", "u", 50, 20, 20, 1000, 1000, 0, 0, 0, 0, 0, 0,
                latency(8, 60), 1.5, CpuUsage.NONE);
        assertThat(new BenchReport("t", "./hub bench --scenario surveys", "m", List.of(viaGateway), 200).table())
                .contains("highest rate through the gateway with p99 < 200 ms, all 2xx: 50/s\n")
                .doesNotContain("target >= 400/s");
        assertThat(BenchReport.titleOf("./hub bench --scenario consultations")).isEqualTo("Consultation");
        assertThat(BenchReport.titleOf("./hub bench")).isEqualTo("Letter");
    }

    @Test
    void aPhaseWithoutAnySuccessWritesNullsNotNaN() {
        PhaseResult none = new PhaseResult("gateway", "u", 100, 30, 0, 3000, 0, 3000, 0, 0, 0, 0,
                PhaseResult.Latency.ofMicros(new Histogram(3)), Double.NaN);
        String json = new BenchReport("t", "c", "m", List.of(none), 200).json();

        assertThat(json).doesNotContain("NaN").contains("\"p99\" : null").contains("\"loadAverage1m\" : null");
    }

    private static PhaseResult result(String target, int rate, double measured, double elapsed, long ok,
                                      long rateLimited, PhaseResult.Latency latency) {
        return new PhaseResult(target, "http://x", rate, measured, elapsed, ok + rateLimited, ok, rateLimited, 0, 0,
                0, 0, latency, 2.5);
    }

    private static PhaseResult.Latency latency(double p50, double p99) {
        return new PhaseResult.Latency(p50, p50 * 2, p99, p99 * 2, p50);
    }

    @Test
    void cpu_per_2xx_answer_per_process_and_the_gateways_cpu_per_proxied_request() {
        // gateway phase: 3000 answers; gateway 90 ticks (0.3 ms each), mailbox 150 ticks, PostgreSQL unknown
        CpuUsage viaGateway = CpuUsage.between(
                java.util.Map.of("gateway", 0L, "mailbox-service", 0L, "postgresql", 7L, "generator", 0L),
                java.util.Map.of("gateway", 90L, "mailbox-service", 150L, "generator", 60L), 100, 30);
        CpuUsage direct = CpuUsage.between(java.util.Map.of("gateway", 0L, "mailbox-service", 0L),
                java.util.Map.of("gateway", 3L, "mailbox-service", 120L), 100, 30);
        PhaseResult g = new PhaseResult("gateway", "u", 100, 30, 30, 3000, 3000, 0, 0, 0, 0, 0, latency(9, 90), 1.0,
                viaGateway);
        PhaseResult d = new PhaseResult("direct", "u", 100, 30, 30, 3000, 2400, 0, 0, 0, 0, 0, latency(4, 40), 1.0,
                direct);
        BenchReport report = new BenchReport("t", "./hub bench --rate 100", "2 cores", List.of(g, d), 200);

        assertThat(report.processes()).containsExactly("gateway", "mailbox-service", "postgresql", "generator");
        assertThat(report.throughputRatioAtHighestRate()).isCloseTo(100.0 / 80.0, within(1e-9));
        assertThat(report.table())
                .contains("CPU ms per 2xx answer")
                .containsPattern("gateway +100/s +0\\.30 +0\\.50 +n/a +0\\.20 +0\\.80 +0\\.08")
                .containsPattern("direct +100/s +0\\.01 +0\\.50 +n/a +n/a +0\\.51")
                .contains("gateway CPU per proxied request at 100/s: 0.30 ms (target <= 0.5 ms, met)")
                .contains("mailbox-service CPU per letter through the gateway at 100/s: 0.50 ms (target <= 1.5 ms, met)")
                .contains("hub CPU per letter through the gateway at 100/s: 0.80 ms (target <= 4.0 ms, met)")
                .contains("gateway vs direct throughput at 100/s: 125.0% (target >= 80%, met)");
        assertThat(report.markdown())
                .contains("| target | offered /s | gateway | mailbox-service | PostgreSQL | generator (not hub) | hub | hub cores |")
                .contains("| gateway | 100 | 0.30 | 0.50 | n/a | 0.20 | **0.80** | 0.08 |")
                .contains("- gateway CPU per proxied request at 100/s: 0.30 ms");
        JsonNode json = JsonMapper.builder().build().readTree(report.json());
        assertThat(json.path("results").get(0).path("cpuMsPerRequest").path("gateway").asDouble()).isEqualTo(0.3);
        assertThat(json.path("results").get(0).path("cpuMsPerRequest").path("hub").asDouble()).isEqualTo(0.8);
        assertThat(json.path("results").get(0).path("cpuMsPerRequest").path("postgresql").isNull()).isTrue();
        assertThat(json.path("results").get(1).path("cpuMs").path("mailbox-service").asDouble()).isEqualTo(1200.0);
        assertThat(json.path("gatewayCpuMsPerProxiedRequest").get(0).path("cpuMs").asDouble()).isEqualTo(0.3);
    }

    @Test
    void the_latency_and_capacity_objectives_are_judged_from_the_rates_that_ran() {
        PhaseResult g300 = result("gateway", 300, 30, 30, 9000, 0, latency(2.6, 20));
        PhaseResult d300 = result("direct", 300, 30, 30, 9000, 0, latency(1.4, 5));
        PhaseResult g450 = result("gateway", 450, 30, 30, 13_500, 0, latency(3.4, 237.6));
        PhaseResult d450 = result("direct", 450, 30, 30, 13_500, 0, latency(1.3, 5.5));
        BenchReport report = new BenchReport("t", "./hub bench", "2 cores", List.of(g300, d300, g450, d450), 200);

        assertThat(report.table())
                .contains("p50 through the gateway at 300/s: 2.6 ms vs 1.4 ms direct, +1.2 ms (target <= +2 ms, met)")
                .contains("highest rate through the gateway with p99 < 200 ms, all 2xx: 300/s (target >= 400/s, NOT met)")
                .contains("gateway vs direct throughput at 450/s: 100.0% (target >= 80%, met)");
        assertThat(report.markdown()).contains("- highest rate through the gateway with p99 < 200 ms, all 2xx: 300/s");

        BenchReport slowOnly = new BenchReport("t", "c", "m", List.of(
                result("gateway", 100, 30, 30, 3000, 0, latency(9, 120))), 200);
        assertThat(slowOnly.table())
                .contains("all 2xx: 100/s (target >= 400/s, not run at that rate)")
                .doesNotContain("p50 through the gateway at 300/s");
    }

    @Test
    void without_proc_the_cpu_figures_say_n_a() {
        BenchReport report = new BenchReport("t", "c", "m", List.of(result("gateway", 100, 30, 30, 3000, 0,
                latency(9, 90))), 200);

        assertThat(report.table()).contains("CPU per request: n/a")
                .contains("gateway CPU per proxied request at 100/s: n/a");
        assertThat(report.markdown()).contains("n/a: no /proc");
        assertThat(report.json()).doesNotContain("NaN");
    }

    @Test
    void a_report_is_titled_by_the_scenario_its_command_ran() {
        assertThat(BenchReport.titleOf("./hub bench --scenario consultations --rate 100")).isEqualTo("Consultation");
        assertThat(BenchReport.titleOf("./hub bench --rate 100")).isEqualTo("Letter");
    }
}
