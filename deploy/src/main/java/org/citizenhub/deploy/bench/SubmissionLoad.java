package org.citizenhub.deploy.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.citizenhub.infra.KeycloakAdmin;

/**
 * Load scenarios "citizens submit letters", "citizens submit consultations" and "citizens answer a popular survey"
 * ({@link BenchScenario}) against the local hub ({@code ./hub bench}): sets up benchmark citizens in the local
 * Keycloak, then for each offered rate posts submissions at that rate, first through the gateway's public port and
 * then straight to the service, and reports throughput and latency per target.
 *
 * <p><b>Open model.</b> A scheduler thread starts request {@code i} at {@code start + i/rate} and never waits for an
 * answer; answers are handled asynchronously ({@link HttpClient} on virtual threads, HTTP/1.1, one connection per
 * outstanding request, kept alive). Latency is taken from the intended start, so any stall — server or generator —
 * counts against the percentiles (no coordinated omission). Only when {@code --max-in-flight} requests are
 * outstanding is a request not sent; it is counted as dropped, never silently skipped.
 *
 * <p><b>CPU.</b> Each phase also records the CPU time of every hub process ({@link HubCpuMeter}) from the start of
 * its measured part until its last answer, reported per 2xx answer; every run is appended to
 * {@code <out>/history.jsonl} ({@link BenchHistory}) and compared with the previous run of the same scenario, target
 * and rate.
 */
public final class SubmissionLoad {

    private static final double P99_TARGET_MS = 200;
    private final BenchOptions options;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final HubCpuMeter cpuMeter = HubCpuMeter.local();

    private SubmissionLoad(BenchOptions options) {
        this.options = options;
    }

    /** Entry point of {@code citizen-hub-local.jar bench ...}; returns the exit code. */
    public static int run(String... args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return 0;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            return 2;
        }
        try {
            return new SubmissionLoad(options).run("./hub bench" + (args.length == 0 ? "" : " " + String.join(" ", args)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (IOException | RuntimeException e) {
            System.err.println("Benchmark failed: " + e);
            return 1;
        }
    }

    private int run(String command) throws InterruptedException, IOException {
        if (!hubIsReachable()) {
            return 3;
        }
        Duration phase = options.warmup().plus(options.duration()).plus(options.timeout());
        if (phase.compareTo(Duration.ofSeconds(270)) > 0) {
            System.err.println("A phase (warm-up + duration + timeout = " + phase.toSeconds() + " s) must fit in the"
                    + " realm's 5-minute access-token lifetime; shorten --duration or --warmup.");
            return 2;
        }
        String startedAt = LocalDateTime.now().withNano(0).toString();
        String machine = machine();
        System.out.println(options.scenario().cliName() + " submission benchmark " + runId + ": rates " + options.rates() + "/s, "
                + options.warmup().toSeconds() + " s warm-up + " + options.duration().toSeconds() + " s measured per"
                + " target, targets " + options.targets() + ", " + options.users() + " citizens");
        System.out.println("Machine: " + machine);
        describeCpuMeter();

        KeycloakAdmin keycloak = new KeycloakAdmin(options.keycloakUrl(), "admin", "admin");
        CitizenAccounts accounts = new CitizenAccounts(keycloak);
        login(accounts);
        SurveyOwner owner = options.scenario().oneAnswerPerCitizen()
                ? new SurveyOwner(keycloak, options.directUrl()) : null;
        if (owner != null) {
            System.out.println("Each phase answers a survey of its own (" + options.surveyMode()
                    + (options.surveyMaxResponses() == null ? "" : ", at most " + options.surveyMaxResponses()
                    + " responses") + ", questionnaire of"
                    + " 6 questions on 2 pages), created, published and opened by " + SurveyOwner.USERNAME + " ("
                    + PopularSurvey.DEPARTMENT + ") through " + options.directUrl() + " and closed after the phase;"
                    + " request i of a phase comes from citizen i.");
        }
        double perUser = options.rates().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) options.users();
        if (owner == null && perUser > 8) {
            System.out.printf(Locale.ROOT, "Note: %.1f requests/s per citizen on average; the gateway's per-user limit"
                    + " (10/s, burst 20) will answer some with 429. Use more --users.%n", perUser);
        }

        List<PhaseResult> results = new ArrayList<>();
        for (int rate : options.rates()) {
            for (String target : options.targets()) {
                if (Instant.now().plus(phase).plusSeconds(10).isAfter(accounts.expiresAt())) {
                    long t0 = System.nanoTime();
                    accounts.renew();
                    System.out.printf(Locale.ROOT, "%nRenewed the citizens' tokens (refresh grant) in %.1f s%n",
                            (System.nanoTime() - t0) / 1e9);
                }
                if (!results.isEmpty()) {
                    Thread.sleep(options.pause());
                }
                if (owner == null) {
                    results.add(phase(target, rate, accounts.citizens(), null));
                    continue;
                }
                UUID survey = owner.openSurvey(options.surveyMode(), options.surveyMaxResponses(),
                        runId + " " + target + " " + rate + "/s");
                PhaseResult result = phase(target, rate, accounts.citizens(), survey);
                results.add(result);
                try {
                    owner.close(survey);
                    System.out.println("  survey " + survey + " closed with " + owner.responses(survey)
                            + " responses (warm-up included)");
                } catch (RuntimeException e) {
                    // the phase is measured; a survey left open only takes no further answers from this run
                    System.out.println("  could not close survey " + survey + ": " + e.getMessage());
                }
            }
        }

        BenchReport report = new BenchReport(startedAt, command, machine, results, P99_TARGET_MS);
        System.out.println();
        System.out.print(report.table());
        Path dir = options.out().toAbsolutePath().normalize();
        Files.createDirectories(dir);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path json = dir.resolve(options.reportName() + "-" + stamp + ".json");
        Path md = dir.resolve(options.reportName() + "-" + stamp + ".md");
        Files.writeString(json, report.json(), StandardCharsets.UTF_8);
        Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        Path historyFile = dir.resolve(BenchHistory.FILE);
        List<String> earlier = readHistory(historyFile);
        List<String> comparison = BenchHistory.comparison(report, options.reportName(), earlier);
        if (!comparison.isEmpty()) {
            System.out.println("\nAgainst the previous run of the same scenario, target and rate (" + historyFile + "):");
            comparison.forEach(line -> System.out.println("  " + line));
            StringBuilder section = new StringBuilder("\n## Against the previous run (same scenario, target, rate)\n\n");
            comparison.forEach(line -> section.append("- ").append(line).append('\n'));
            Files.writeString(md, section.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        BenchHistory.append(historyFile, BenchHistory.line(report, options.reportName(), BenchHistory.gitCommit()));
        System.out.println("\nWrote " + json + "\n  and " + md + "\n  appended to " + historyFile);
        if (results.stream().anyMatch(r -> r.target().equals("gateway") && r.rateLimited() > 0)) {
            System.out.println("429 answers from the gateway: its per-IP limit (50/s) applies to the whole generator,"
                    + " which is one address" + (owner != null ? ", and so does the per-route participation limit of"
                    + " survey answers (per address, and 6 a minute per citizen)" : "") + ". Start the hub with"
                    + " ./hub start --bench (raises these limits for this local run only) to measure the gateway rather"
                    + " than its limiter.");
        }
        return 0;
    }

    private void login(CitizenAccounts accounts) throws InterruptedException {
        long t0 = System.nanoTime();
        System.out.print("Logging in " + options.users() + " citizens (" + CitizenAccounts.PREFIX + "0001 ..., created in"
                + " the local Keycloak on first use) ... ");
        System.out.flush();
        accounts.login(options.users());
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // --- one phase --------------------------------------------------------------------------------------

    /** One phase; {@code survey} is the survey the phase answers (surveys scenario), else null. */
    private PhaseResult phase(String target, int rate, List<CitizenAccounts.Citizen> citizens, UUID survey)
            throws InterruptedException {
        String url = survey == null ? options.submissionUrl(target) : options.submissionUrl(target, survey);
        URI uri = URI.create(url);
        OpenSchedule schedule = new OpenSchedule(System.nanoTime() + Duration.ofMillis(200).toNanos(), rate,
                options.warmup(), options.duration());
        Histogram latency = new ConcurrentHistogram(3); // microseconds, auto-resizing
        LongAdder ok = new LongAdder();
        LongAdder rateLimited = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder clientErrors = new LongAdder();
        LongAdder serverErrors = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder dropped = new LongAdder();
        LongAdder sent = new LongAdder();
        AtomicLong lastCompletion = new AtomicLong(schedule.measuredStartNanos());
        HubCpuMeter.Snapshot cpuBefore;
        Queue<String> samples = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(options.maxInFlight());

        System.out.printf(Locale.ROOT, "%n%s %d/s -> %s: %d requests (%d warm-up)%n", target, rate, url,
                schedule.totalRequests(), schedule.warmupRequests());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(executor)
                    .build();
            // the first CPU snapshot at the start of the measured part, off the scheduler thread (it reads all of /proc)
            Future<HubCpuMeter.Snapshot> before = executor.submit(() -> {
                long wait;
                while ((wait = schedule.measuredStartNanos() - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                return cpuMeter.snapshot();
            });
            long total = schedule.totalRequests();
            long nextProgress = schedule.startNanos() + Duration.ofSeconds(10).toNanos();
            for (long i = 0; i < total; i++) {
                long due = schedule.intendedStart(i);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                boolean measured = schedule.isMeasured(i);
                if (!inFlight.tryAcquire()) {
                    if (measured) {
                        dropped.increment();
                    }
                    continue;
                }
                if (measured) {
                    sent.increment();
                }
                // one answer per citizen: request i is citizen i's only one (BenchOptions checked there are enough)
                CitizenAccounts.Citizen citizen = options.scenario().oneAnswerPerCitizen() ? citizens.get((int) i)
                        : citizens.get(ThreadLocalRandom.current().nextInt(citizens.size()));
                http.sendAsync(submission(uri, citizen, target, rate, i), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            long end = System.nanoTime();
                            inFlight.release();
                            if (!measured) {
                                return;
                            }
                            lastCompletion.accumulateAndGet(end, Math::max);
                            if (failure != null) {
                                errors.increment();
                                sample(samples, describe(failure));
                                return;
                            }
                            int status = response.statusCode();
                            if (status >= 200 && status < 300) {
                                ok.increment();
                                latency.recordValue(Math.max(0, (end - due) / 1000));
                            } else {
                                if (status == 429) {
                                    rateLimited.increment();
                                } else if (status == 409 && survey != null) {
                                    conflicts.increment();
                                } else if (status >= 500) {
                                    serverErrors.increment();
                                } else {
                                    clientErrors.increment();
                                }
                                sample(samples, "HTTP " + status + " " + abbreviate(response.body()));
                            }
                        });
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += Duration.ofSeconds(10).toNanos();
                    System.out.printf(Locale.ROOT, "  %5.1f s: %d started, %d in flight, %d 2xx measured%n",
                            (System.nanoTime() - schedule.startNanos()) / 1e9, i + 1,
                            options.maxInFlight() - inFlight.availablePermits(), ok.sum());
                }
            }
            // let every outstanding request finish (or time out) before reporting
            long drainDeadline = System.nanoTime() + options.timeout().plusSeconds(5).toNanos();
            while (inFlight.availablePermits() < options.maxInFlight() && System.nanoTime() < drainDeadline) {
                Thread.sleep(20);
            }
            http.shutdownNow();
            try {
                cpuBefore = before.get();
            } catch (ExecutionException e) {
                cpuBefore = new HubCpuMeter.Snapshot(Map.of(), System.nanoTime());
            }
        }
        // every measured request has been answered (or has timed out): the second snapshot
        HubCpuMeter.Snapshot cpuAfter = cpuMeter.snapshot();
        CpuUsage cpu = cpuBefore.ticks().isEmpty() && cpuAfter.ticks().isEmpty() ? CpuUsage.NONE
                : CpuUsage.between(cpuBefore.ticks(), cpuAfter.ticks(), cpuMeter.ticksPerSecond(),
                (cpuAfter.nanos() - cpuBefore.nanos()) / 1e9);

        double measuredSeconds = options.duration().toNanos() / 1e9;
        double elapsed = (lastCompletion.get() - schedule.measuredStartNanos()) / 1e9;
        PhaseResult result = new PhaseResult(target, url, rate, measuredSeconds, Math.max(elapsed, 0), sent.sum(),
                ok.sum(), rateLimited.sum(), conflicts.sum(), clientErrors.sum(), serverErrors.sum(), errors.sum(),
                dropped.sum(), PhaseResult.Latency.ofMicros(latency), loadAverage(), cpu);
        System.out.printf(Locale.ROOT, "  done: %.1f 2xx/s, p50 %s ms, p99 %s ms, max %s ms; 409 %d, 429 %d, 4xx %d,"
                        + " 5xx %d, errors %d, dropped %d; load %s%n", result.throughput(),
                BenchReport.fmt(result.latency().p50(), 1), BenchReport.fmt(result.latency().p99(), 1),
                BenchReport.fmt(result.latency().max(), 1), result.conflicts(), result.rateLimited(),
                result.clientErrors(), result.serverErrors(), result.errors(), result.dropped(),
                BenchReport.fmt(result.loadAverage(), 1));
        if (cpu.measured()) {
            System.out.printf(Locale.ROOT, "  CPU per 2xx: hub %s ms (%s cores)%s%n", BenchReport.na(result.hubCpuPerRequest(), 2),
                    BenchReport.na(cpu.hubCores(), 2), target.equals("gateway")
                            ? ", gateway " + BenchReport.na(result.cpuPerRequest("gateway"), 2) + " ms" : "");
        }
        samples.forEach(s -> System.out.println("    e.g. " + s));
        return result;
    }

    private HttpRequest submission(URI uri, CitizenAccounts.Citizen citizen, String target, int rate, long i) {
        String id = runId + "-" + target.charAt(0) + rate + "-" + i;
        String json = options.scenario().body(id);
        return HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("Authorization", "Bearer " + citizen.token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", "bench-" + id)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private static void sample(Queue<String> samples, String text) {
        if (samples.size() < 3) {
            samples.add(text);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout (" + cause.getMessage() + ")";
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }

    // --- CPU and history -------------------------------------------------------------------------------

    /** Which hub processes the CPU figures will cover, found now (before any load). */
    private void describeCpuMeter() {
        if (!cpuMeter.available()) {
            System.out.println("CPU per request: n/a (no /proc on this machine)");
            return;
        }
        Set<String> found = new TreeSet<>(cpuMeter.snapshot().ticks().keySet());
        found.remove(HubCpuMeter.GENERATOR);
        List<String> missing = HubCpuMeter.HUB_PROCESSES.stream().filter(p -> !found.contains(p)).toList();
        System.out.println("CPU per request from /proc/<pid>/stat (" + cpuMeter.ticksPerSecond() + " ticks/s) of: "
                + CpuUsage.ordered(found) + (missing.isEmpty() ? "" : "; not found: " + missing));
    }

    private static List<String> readHistory(Path file) {
        try {
            return BenchHistory.read(file);
        } catch (IOException e) {
            System.err.println("Could not read " + file + ": " + e);
            return List.of();
        }
    }

    // --- preconditions ----------------------------------------------------------------------------------

    /** Every server the run needs answers HTTP; otherwise says how to start the hub. */
    private boolean hubIsReachable() throws InterruptedException {
        List<String[]> probes = new ArrayList<>();
        probes.add(new String[] {"Keycloak", options.keycloakUrl() + "/realms/" + KeycloakAdmin.REALM});
        if (options.targets().contains("gateway")) {
            probes.add(new String[] {"gateway", options.submissionUrl("gateway", new UUID(0, 0))});
        }
        // the surveys scenario sets its survey up through the service's staff API whichever the targets
        if (options.targets().contains("direct") || options.scenario().oneAnswerPerCitizen()) {
            probes.add(new String[] {options.scenario().serviceName(),
                    options.directUrl() + "/actuator/health/readiness"});
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        List<String> missing = new ArrayList<>();
        for (String[] probe : probes) {
            try {
                // any HTTP answer (401 from the gateway without a token included) means it is up
                http.send(HttpRequest.newBuilder(URI.create(probe[1])).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (ConnectException e) {
                missing.add(probe[0] + " (" + probe[1] + "): connection refused");
            } catch (IOException e) {
                missing.add(probe[0] + " (" + probe[1] + "): " + e);
            }
        }
        if (missing.isEmpty()) {
            return true;
        }
        System.err.println("The local hub is not reachable:");
        missing.forEach(m -> System.err.println("  " + m));
        System.err.println("""
                Start it in another terminal with

                    ./hub start --bench

                wait for "Citizen Hub is running", then run ./hub bench again. (--bench raises the gateway's per-IP
                rate limit for that local run only; without it most gateway requests are answered 429.)""");
        return false;
    }

    /** The 1-minute load average (Linux), NaN elsewhere. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String machine() {
        String load = "";
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            load = ", load " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + load + ", " + System.getProperty("os.name")
                + ", Java " + Runtime.version() + "; generator, hub and servers on the same machine";
    }
}
