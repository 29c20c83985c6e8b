package org.citizenhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citizenhub.deploy.bench.HubCpuMeter.Proc;
import org.citizenhub.deploy.bench.HubCpuMeter.Stat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubCpuMeterTest {

    @Test
    void a_stat_line_gives_the_parent_and_the_cpu_ticks() {
        Stat s = Stat.parse("4242 (java) S 4100 4242 4100 0 -1 4194560 123 0 0 0 1500 250 7 3 20 0 50 0 100 0 0");

        assertThat(s.pid()).isEqualTo(4242);
        assertThat(s.comm()).isEqualTo("java");
        assertThat(s.ppid()).isEqualTo(4100);
        assertThat(s.utime()).isEqualTo(1500);
        assertThat(s.stime()).isEqualTo(250);
        assertThat(s.cutime()).isEqualTo(7);
        assertThat(s.cstime()).isEqualTo(3);
        assertThat(s.ownTicks()).isEqualTo(1750);
        assertThat(s.ticksWithReapedChildren()).isEqualTo(1760);
    }

    @Test
    void a_process_name_with_spaces_and_parentheses_does_not_shift_the_fields() {
        Stat s = Stat.parse("77 (Thread (1) ) x) R 1 77 77 0 -1 0 0 0 0 0 31 9 2 1 20 0 1 0 5 0 0");

        assertThat(s.comm()).isEqualTo("Thread (1) ) x");
        assertThat(s.ppid()).isEqualTo(1);
        assertThat(s.utime()).isEqualTo(31);
        assertThat(s.stime()).isEqualTo(9);
        assertThat(s.ticksWithReapedChildren()).isEqualTo(43);
        assertThatThrownBy(() -> Stat.parse("12 no parentheses")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stat.parse("12 (short) S 1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_command_line_is_split_at_nul_and_a_rewritten_title_at_spaces() {
        assertThat(HubCpuMeter.argv("java\0-jar\0gateway-0.1.0.jar\0".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("java", "-jar", "gateway-0.1.0.jar");
        assertThat(HubCpuMeter.argv("/tmp/redis-server 127.0.0.1:16379".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("/tmp/redis-server", "127.0.0.1:16379");
        assertThat(HubCpuMeter.argv(new byte[0])).isEmpty();
    }

    @Test
    void the_local_hubs_processes_are_told_apart_from_test_servers_by_their_fixed_ports() {
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-Xmx512m", "-jar",
                "/repo/gateway/target/gateway-0.1.0-SNAPSHOT.jar", "--server.port=8080"))).hasValue("gateway");
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-jar",
                "/repo/mailbox-service/target/mailbox-service-0.1.0-SNAPSHOT.jar", "--server.port=8102")))
                .hasValue("mailbox-service");
        // the same jar started by an integration test on a free port is not the local hub's
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-jar",
                "/repo/gateway/target/gateway-0.1.0-SNAPSHOT.jar", "--server.port=41234"))).isEmpty();
        // the watchdog shell around a service carries its arguments but is not the service
        assertThat(HubCpuMeter.classify(List.of("bash", "-c", "parent=$1; ...", "gateway-watchdog", "99",
                "/jdk/bin/java", "-jar", "/repo/gateway/target/gateway-0.1.0.jar", "--server.port=8080"))).isEmpty();
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-jar", "deploy/target/citizen-hub-local.jar",
                "start"))).hasValue("runner");
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-jar", "deploy/target/citizen-hub-local.jar",
                "bench", "--rate", "100"))).isEmpty();
        assertThat(HubCpuMeter.classify(List.of("/tmp/embedded-pg/PG-1/bin/postgres", "-D", "/repo/.hub/data/postgres",
                "-p", "15432", "-F"))).hasValue("postgresql");
        assertThat(HubCpuMeter.classify(List.of("/tmp/embedded-pg/PG-1/bin/postgres", "-D", "/work/infra/postgres",
                "-p", "44939"))).isEmpty();
        assertThat(HubCpuMeter.classify(List.of("postgres:", "hub", "mailbox", "127.0.0.1(5555)", "idle"))).isEmpty();
        assertThat(HubCpuMeter.classify(List.of("/tmp/redis-server", "127.0.0.1:16379"))).hasValue("redis");
        assertThat(HubCpuMeter.classify(List.of("/tmp/redis-server", "--port", "16379"))).hasValue("redis");
        assertThat(HubCpuMeter.classify(List.of("/tmp/redis-server-6.2.11-v5-linux-amd64 127.0.0.1:16379", "")))
                .hasValue("redis");
        assertThat(HubCpuMeter.classify(List.of("/tmp/redis-server", "127.0.0.1:37001"))).isEmpty();
        assertThat(HubCpuMeter.classify(List.of("/jdk/bin/java", "-Dkc.home.dir=/cache/keycloak-26.7.3-hub/bin/..",
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint", "start", "--optimized", "--http-port=8180")))
                .hasValue("keycloak");
        assertThat(HubCpuMeter.classify(List.of("bash", "/cache/keycloak-26.7.3-hub/bin/kc.sh", "start",
                "--http-port=8180"))).hasValue("keycloak");
    }

    @Test
    void children_count_under_the_nearest_matched_ancestor_and_the_runner_only_for_itself() {
        List<Proc> procs = List.of(
                proc(1, 0, 0, 0, "/sbin/init"),
                // the runner (Kafka in its JVM) and the watchdog shell of the gateway under it
                proc(100, 1, 500, 90, "/jdk/bin/java", "-jar", "citizen-hub-local.jar", "start"),
                proc(110, 100, 3, 40, "bash", "-c", "script", "gateway-watchdog"),
                proc(111, 110, 800, 0, "/jdk/bin/java", "-jar", "/r/gateway-0.1.0.jar", "--server.port=8080"),
                // PostgreSQL: postmaster (reparented to init) with exited backends in its cutime, and a live backend
                proc(200, 1, 50, 300, "/pg/bin/postgres", "-D", "/d", "-p", "15432"),
                proc(201, 200, 70, 0, "postgres:", "hub", "mailbox", "idle"),
                // another postgres on the machine (shared test servers) is not the hub's
                proc(300, 1, 9999, 0, "/pg/bin/postgres", "-D", "/x", "-p", "44939"),
                proc(301, 300, 9999, 0, "postgres:", "checkpointer"),
                // Keycloak under its watchdog, with a JVM whose arguments do not name the port
                proc(120, 100, 1, 4, "bash", "-c", "script", "keycloak-watchdog", "100", "bash", "kc.sh", "start"),
                proc(121, 120, 900, 0, "/jdk/bin/java", "-Dkc.config.args=xyz", "QuarkusEntryPoint"),
                // a test Keycloak's watchdog elsewhere is not the hub's
                proc(130, 1, 1, 0, "bash", "-c", "script", "keycloak-watchdog", "1", "bash", "kc.sh", "start"),
                proc(131, 130, 777, 0, "/jdk/bin/java", "QuarkusEntryPoint"),
                // the generator itself
                proc(400, 1, 60, 5, "/jdk/bin/java", "-jar", "citizen-hub-local.jar", "bench"));

        Map<String, Long> ticks = HubCpuMeter.attribute(procs, 400);

        assertThat(ticks).containsOnly(Map.entry("runner", 500L), Map.entry("gateway", 800L), Map.entry("keycloak", 905L),
                Map.entry("postgresql", 420L), Map.entry("generator", 60L));
    }

    @Test
    void without_proc_nothing_is_measured(@TempDir Path empty) throws Exception {
        HubCpuMeter meter = new HubCpuMeter(empty.resolve("no-proc"), 100);

        assertThat(meter.available()).isFalse();
        assertThat(meter.snapshot().ticks()).isEmpty();

        // a fake /proc with one hub process is read like the real one
        Path proc = empty.resolve("proc");
        Files.createDirectories(proc.resolve("self"));
        Files.writeString(proc.resolve("self/stat"), "1 (x) S 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        Path redis = Files.createDirectories(proc.resolve("321"));
        Files.writeString(redis.resolve("stat"), "321 (redis-server) S 1 1 1 0 -1 0 0 0 0 0 40 2 0 0 20 0 1 0");
        Files.writeString(redis.resolve("cmdline"), "/tmp/redis-server 127.0.0.1:16379");
        assertThat(new HubCpuMeter(proc, 100).snapshot().ticks()).containsExactly(Map.entry("redis", 42L));
    }

    @Test
    void on_linux_the_real_proc_is_read_and_this_jvm_is_the_generator() {
        HubCpuMeter meter = HubCpuMeter.local();
        org.junit.jupiter.api.Assumptions.assumeTrue(meter.available(), "no /proc here");

        assertThat(meter.ticksPerSecond()).isPositive();
        assertThat(meter.snapshot().ticks()).containsKey(HubCpuMeter.GENERATOR);
    }

    @Test
    void cpu_per_request_is_the_difference_of_two_snapshots_over_the_2xx_answers() {
        CpuUsage cpu = CpuUsage.between(
                Map.of("gateway", 1_000L, "mailbox-service", 2_000L, "postgresql", 300L, "generator", 10L,
                        "identity", 50L),
                Map.of("gateway", 1_150L, "mailbox-service", 2_100L, "postgresql", 360L, "generator", 30L,
                        "redis", 5L),
                100, 30.0);

        // 150 ticks at 100/s = 1500 ms of gateway CPU over 3000 answers = 0.5 ms each
        assertThat(cpu.cpuMs().keySet()).containsExactly("gateway", "identity", "mailbox-service", "postgresql",
                "redis", "generator");
        assertThat(cpu.perRequest("gateway", 3_000)).isCloseTo(0.5, within(1e-9));
        assertThat(cpu.perRequest("mailbox-service", 3_000)).isCloseTo(0.3333, within(1e-4));
        // seen in one snapshot only (started or stopped during the phase): unknown, not zero
        assertThat(cpu.perRequest("identity", 3_000)).isNaN();
        assertThat(cpu.perRequest("redis", 3_000)).isNaN();
        assertThat(cpu.perRequest("survey-service", 3_000)).isNaN();
        // the hub: gateway 1500 + mailbox 1000 + PostgreSQL 600 ms; the generator is not the hub
        assertThat(cpu.hubMs()).isCloseTo(3_100, within(1e-9));
        assertThat(cpu.hubPerRequest(3_000)).isCloseTo(1.0333, within(1e-4));
        assertThat(cpu.hubCores()).isCloseTo(3.1 / 30, within(1e-9));
        assertThat(cpu.hubPerRequest(0)).isNaN();
        assertThat(CpuUsage.between(Map.of("gateway", 10L), Map.of("gateway", 5L), 100, 1).perRequest("gateway", 1))
                .isNaN(); // restarted: its counter went back
        assertThat(CpuUsage.NONE.hubPerRequest(100)).isNaN();
    }

    private static Proc proc(long pid, long ppid, long ownTicks, long reapedTicks, String... argv) {
        return new Proc(new Stat(pid, "p" + pid, ppid, ownTicks, 0, reapedTicks, 0), List.of(argv));
    }
}
