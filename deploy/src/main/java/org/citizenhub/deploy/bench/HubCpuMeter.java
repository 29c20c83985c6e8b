package org.citizenhub.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citizenhub.deploy.HubService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.citizenhub.infra.HubInfrastructure.ServerPorts;

/**
 * CPU time of the local hub's processes, read from {@code /proc/<pid>/stat} (Linux). A snapshot sums, per hub
 * process, the clock ticks it has used so far; {@link CpuUsage#between} turns two snapshots into milliseconds.
 *
 * <p><b>Which processes.</b> Every process on the machine is matched by its command line (not by pid files or by
 * descent from the runner: PostgreSQL's postmaster is reparented to init by {@code pg_ctl}, and the shared test
 * servers of other builds run the same binaries). The fixed ports of the local runner tell the hub's processes from
 * those of tests: the services by their {@code -jar <module>-*.jar} and {@code --server.port}, Keycloak by
 * {@code --http-port=8180}, PostgreSQL by {@code -p 15432}, Redis by {@code :16379}, the runner by
 * {@code citizen-hub-local.jar start}. The watchdog shells that wrap each child carry the same arguments but are
 * {@code bash -c}, so only the real executable is matched; the one exception is Keycloak's watchdog under the runner,
 * which stands for Keycloak (and counts its {@code sleep}s, ≈ 1 ms of CPU a second) in case {@code kc.sh} does not
 * pass the port to the JVM's command line.
 *
 * <p><b>What is counted.</b> A matched process counts with all its descendants that are not matched themselves
 * (PostgreSQL's backends and helpers under the postmaster, Keycloak's JVM under {@code kc.sh}), each with its
 * {@code utime + stime} plus the {@code cutime + cstime} of children it has reaped: a PostgreSQL backend that exits
 * during a phase moves its CPU time into the postmaster's {@code cutime}, so it is neither lost nor counted twice.
 * The runner (whose JVM also hosts Kafka) and the generator count only their own threads: the runner's other
 * children are the other hub processes and their watchdog shells.
 */
final class HubCpuMeter {

    /** Keys of the hub's processes, in report order; the generator ({@link #GENERATOR}) is not part of the hub. */
    static final List<String> HUB_PROCESSES = java.util.stream.Stream.of(
            java.util.stream.Stream.of("gateway"),
            HubService.ALL.stream().filter(s -> !s.isGateway()).map(HubService::name),
            java.util.stream.Stream.of("keycloak", "runner", "postgresql", "redis"))
            .flatMap(s -> s).toList();
    static final String GENERATOR = "generator";

    /** The local runner's service ports (as {@code org.citizenhub.deploy.HubService}). */
    private static final Map<String, Integer> SERVICE_PORTS = HubService.ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(HubService::name, HubService::port));

    /** Processes counted alone, without their descendants. */
    private static final Set<String> OWN_THREADS_ONLY = Set.of("runner", GENERATOR);

    /** Linux's USER_HZ on every common architecture, if {@code getconf CLK_TCK} cannot be asked. */
    static final long DEFAULT_CLOCK_TICKS = 100;

    private final Path proc;
    private final long ticksPerSecond;

    HubCpuMeter(Path proc, long ticksPerSecond) {
        this.proc = proc;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Reads {@code /proc} of this machine, with its clock tick rate. */
    static HubCpuMeter local() {
        return new HubCpuMeter(Path.of("/proc"), clockTicksPerSecond());
    }

    long ticksPerSecond() {
        return ticksPerSecond;
    }

    /** Whether {@code /proc} can be read at all (false on macOS, Windows): then every CPU figure is n/a. */
    boolean available() {
        return Files.isReadable(proc.resolve("self").resolve("stat"));
    }

    /** A snapshot of the hub's CPU ticks per process key; empty without {@code /proc}. */
    Snapshot snapshot() {
        long nanos = System.nanoTime();
        if (!available()) {
            return new Snapshot(Map.of(), nanos);
        }
        List<Proc> procs = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : dirs) {
                try {
                    Stat stat = Stat.parse(Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8));
                    procs.add(new Proc(stat, argv(Files.readAllBytes(dir.resolve("cmdline")))));
                } catch (IOException | RuntimeException e) {
                    // the process exited between the listing and the read, or is not ours to read
                }
            }
        } catch (IOException e) {
            return new Snapshot(Map.of(), nanos);
        }
        return new Snapshot(attribute(procs, ProcessHandle.current().pid()), nanos);
    }

    /** Ticks per process key at {@code nanos} ({@link System#nanoTime()}). */
    record Snapshot(Map<String, Long> ticks, long nanos) {
    }

    // --- pure parts (unit-tested) -----------------------------------------------------------------------

    /**
     * The fields of {@code /proc/<pid>/stat} that are needed, in clock ticks. The second field, the command name, is
     * in parentheses and may itself contain spaces and parentheses ({@code (Thread (1) x)}), so the fields after it
     * are found from the <em>last</em> {@code ')'}.
     */
    record Stat(long pid, String comm, long ppid, long utime, long stime, long cutime, long cstime) {

        static Stat parse(String line) {
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            if (open < 0 || close < open) {
                throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
            }
            long pid = Long.parseLong(line.substring(0, open).trim());
            String comm = line.substring(open + 1, close);
            // after ")": state(3) ppid(4) pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14)
            // stime(15) cutime(16) cstime(17) ...
            String[] f = line.substring(close + 1).trim().split("\\s+");
            if (f.length < 15) {
                throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
            }
            return new Stat(pid, comm, Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                    Long.parseLong(f[13]), Long.parseLong(f[14]));
        }

        long ownTicks() {
            return utime + stime;
        }

        /** Own ticks plus those of the children it has waited for. */
        long ticksWithReapedChildren() {
            return utime + stime + cutime + cstime;
        }
    }

    /** A process: its stat and its arguments. */
    record Proc(Stat stat, List<String> argv) {
    }

    /** {@code /proc/<pid>/cmdline}: arguments separated by NUL (a process that rewrote its title has one string). */
    static List<String> argv(byte[] cmdline) {
        String s = new String(cmdline, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(Arrays.asList(s.split("\0")));
        args.removeIf(String::isEmpty);
        if (args.size() == 1 && args.getFirst().contains(" ")) {
            // e.g. redis-server's "/tmp/redis-server 127.0.0.1:16379" after it set its process title
            return List.of(args.getFirst().trim().split("\\s+"));
        }
        return args;
    }

    /** The hub process a command line belongs to, if it is one of the local runner's. */
    static Optional<String> classify(List<String> argv) {
        if (argv.isEmpty()) {
            return Optional.empty();
        }
        String exe = basename(argv.getFirst());
        ServerPorts ports = ServerPorts.LOCAL;
        if (exe.equals("java")) {
            String jar = basename(after(argv, "-jar"));
            if (jar.startsWith("citizen-hub-local") && jar.endsWith(".jar")) {
                return "start".equals(after(argv, argv.get(argv.indexOf("-jar") + 1)))
                        ? Optional.of("runner") : Optional.empty();
            }
            for (Map.Entry<String, Integer> s : SERVICE_PORTS.entrySet()) {
                if (jar.startsWith(s.getKey() + "-") && jar.endsWith(".jar")
                        && argv.contains("--server.port=" + s.getValue())) {
                    return Optional.of(s.getKey());
                }
            }
            if (isKeycloak(argv, ports)) {
                return Optional.of("keycloak");
            }
            return Optional.empty();
        }
        if ((exe.equals("bash") || exe.equals("sh")) && argv.size() > 1 && argv.get(1).endsWith("kc.sh")
                && isKeycloak(argv, ports)) {
            return Optional.of("keycloak");
        }
        if (exe.equals("postgres") && Integer.toString(ports.postgres()).equals(after(argv, "-p"))) {
            return Optional.of("postgresql");
        }
        if (exe.startsWith("redis-server") && (argv.stream().anyMatch(a -> a.contains(":" + ports.redis()))
                || Integer.toString(ports.redis()).equals(after(argv, "--port")))) {
            return Optional.of("redis");
        }
        return Optional.empty();
    }

    private static boolean isKeycloak(List<String> argv, ServerPorts ports) {
        return argv.contains("--http-port=" + ports.keycloak())
                && argv.stream().anyMatch(a -> a.contains("keycloak") || a.contains("kc.sh") || a.contains("quarkus"));
    }

    /**
     * Ticks per hub process key: each process is counted under the nearest matched process among itself and its
     * ancestors, unless that one counts only its own threads ({@link #OWN_THREADS_ONLY}); {@code generatorPid} is
     * this load generator.
     */
    static Map<String, Long> attribute(Collection<Proc> procs, long generatorPid) {
        Map<Long, Proc> byPid = new HashMap<>();
        Map<Long, String> keyOf = new HashMap<>();
        for (Proc p : procs) {
            byPid.put(p.stat().pid(), p);
            Optional<String> key = p.stat().pid() == generatorPid ? Optional.of(GENERATOR) : classify(p.argv());
            key.ifPresent(k -> keyOf.put(p.stat().pid(), k));
        }
        // Keycloak's JVM may not show the port among its arguments (kc.sh builds its command line): its watchdog
        // shell under the runner stands for it then, with everything below it
        for (Proc p : procs) {
            List<String> a = p.argv();
            if (!keyOf.containsKey(p.stat().pid()) && a.size() > 3 && basename(a.getFirst()).equals("bash")
                    && a.get(1).equals("-c") && a.get(3).equals("keycloak-watchdog")
                    && "runner".equals(keyOf.get(p.stat().ppid()))) {
                keyOf.put(p.stat().pid(), "keycloak");
            }
        }
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Proc p : procs) {
            long pid = p.stat().pid();
            String own = keyOf.get(pid);
            if (own != null) {
                long t = OWN_THREADS_ONLY.contains(own) ? p.stat().ownTicks() : p.stat().ticksWithReapedChildren();
                ticks.merge(own, t, Long::sum);
                continue;
            }
            Proc ancestor = byPid.get(p.stat().ppid());
            for (int depth = 0; ancestor != null && depth < 64; depth++) {
                String key = keyOf.get(ancestor.stat().pid());
                if (key != null) {
                    if (!OWN_THREADS_ONLY.contains(key)) {
                        ticks.merge(key, p.stat().ticksWithReapedChildren(), Long::sum);
                    }
                    break;
                }
                ancestor = byPid.get(ancestor.stat().ppid());
            }
        }
        return ticks;
    }

    private static String after(List<String> argv, String name) {
        int i = argv.indexOf(name);
        return i >= 0 && i + 1 < argv.size() ? argv.get(i + 1) : "";
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /** {@code getconf CLK_TCK}, or {@link #DEFAULT_CLOCK_TICKS} if it cannot be run. */
    static long clockTicksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
                long hz = Long.parseLong(out);
                return hz > 0 ? hz : DEFAULT_CLOCK_TICKS;
            }
        } catch (IOException | RuntimeException e) {
            // no getconf: assume the usual value
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_CLOCK_TICKS;
    }
}
