package org.citizenhub.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every run's summary as one JSON line in {@code <out>/history.jsonl} (default {@code target/bench/history.jsonl}),
 * so that a regression shows; and the comparison of a new run with the previous run of the same scenario, target
 * and rate. The line format:
 * <pre>
 * {"date":"2026-11-30T19:50:00","commit":"0d67681","scenario":"letters","command":"./hub bench","machine":"...",
 *  "phases":[{"target":"gateway","offeredRate":100,"achieved":99.9,"ok":3000,"p50Ms":9.1,"p99Ms":130.2,
 *             "cpuMsPerRequest":{"gateway":3.61,...,"generator":0.7,"hub":8.1}}]}
 * </pre>
 * Unknown figures are {@code null}. Pure apart from {@link #append}, {@link #read} and {@link #gitCommit}.
 */
public final class BenchHistory {

    public static final String FILE = "history.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchHistory() {
    }

    /** The history line of a run. */
    public static String line(BenchReport report, String scenario, String commit) {
        ObjectNode root = JSON.createObjectNode();
        root.put("date", report.startedAt());
        if (commit == null) {
            root.putNull("commit");
        } else {
            root.put("commit", commit);
        }
        root.put("scenario", scenario);
        root.put("command", report.command());
        root.put("machine", report.machine());
        ArrayNode phases = root.putArray("phases");
        for (PhaseResult r : report.results()) {
            ObjectNode p = phases.addObject();
            p.put("target", r.target());
            p.put("offeredRate", r.offeredRate());
            number(p, "achieved", r.throughput(), 2);
            p.put("ok", r.ok());
            number(p, "p50Ms", r.latency().p50(), 3);
            number(p, "p99Ms", r.latency().p99(), 3);
            ObjectNode cpu = p.putObject("cpuMsPerRequest");
            for (String process : r.cpu().cpuMs().keySet()) {
                number(cpu, process, r.cpuPerRequest(process), 6);
            }
            number(cpu, "hub", r.hubCpuPerRequest(), 6);
        }
        String line = JSON.writeValueAsString(root);
        if (line.contains("\n")) {
            throw new IllegalStateException("a history entry must be one line");
        }
        return line;
    }

    /** A phase of an earlier run, with the run's date and commit. */
    public record Previous(String date, String commit, JsonNode phase) {

        double figure(String name) {
            return value(phase.path(name));
        }

        double cpuPerRequest(String process) {
            return value(phase.path("cpuMsPerRequest").path(process));
        }

        private static double value(JsonNode n) {
            return n.isNumber() ? n.asDouble() : Double.NaN;
        }
    }

    /** The latest earlier entry of {@code scenario} with a phase of {@code target} at {@code rate}. */
    public static Optional<Previous> previous(List<String> lines, String scenario, String target, int rate) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            JsonNode run;
            try {
                run = JSON.readTree(lines.get(i));
            } catch (JacksonException e) {
                continue; // a torn or hand-edited line does not stop the comparison
            }
            if (run == null || !scenario.equals(run.path("scenario").asString(""))) {
                continue;
            }
            for (JsonNode phase : run.path("phases")) {
                if (target.equals(phase.path("target").asString("")) && phase.path("offeredRate").asInt(-1) == rate) {
                    String commit = run.path("commit").isString() ? run.path("commit").asString() : null;
                    return Optional.of(new Previous(run.path("date").asString(""), commit, phase));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One line per phase that ran before: the new figure, the previous one and new/previous, for throughput, p50, p99
     * and CPU per 2xx of the hub and of each process. Empty if no phase ran before.
     */
    public static List<String> comparison(BenchReport report, String scenario, List<String> earlierLines) {
        List<String> out = new ArrayList<>();
        for (PhaseResult r : report.results()) {
            Optional<Previous> found = previous(earlierLines, scenario, r.target(), r.offeredRate());
            if (found.isEmpty()) {
                continue;
            }
            Previous prev = found.get();
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s %d/s vs %s%s: ", r.target(), r.offeredRate(), prev.date(),
                    prev.commit() == null ? "" : " (" + prev.commit() + ")"));
            sb.append("achieved ").append(versus(r.throughput(), prev.figure("achieved"), 1, "/s"));
            sb.append("; p50 ").append(versus(r.latency().p50(), prev.figure("p50Ms"), 1, " ms"));
            sb.append("; p99 ").append(versus(r.latency().p99(), prev.figure("p99Ms"), 1, " ms"));
            sb.append("; CPU ms/2xx hub ").append(versus(r.hubCpuPerRequest(), prev.cpuPerRequest("hub"), 2, ""));
            for (String process : r.cpu().cpuMs().keySet()) {
                sb.append(", ").append(process).append(' ')
                        .append(versus(r.cpuPerRequest(process), prev.cpuPerRequest(process), 2, ""));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** "9.1 ms (was 9.6, x0.95)"; "n/a" where a side is unknown. */
    static String versus(double now, double before, int decimals, String unit) {
        String ratio = Double.isNaN(now) || Double.isNaN(before) || before == 0 ? "n/a"
                : "x" + BenchReport.fmt(now / before, 2);
        return BenchReport.na(now, decimals) + unit + " (was " + BenchReport.na(before, decimals) + ", " + ratio + ")";
    }

    private static void number(ObjectNode node, String name, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            double scale = Math.pow(10, decimals);
            node.put(name, Math.round(value * scale) / scale);
        }
    }

    // --- I/O --------------------------------------------------------------------------------------------

    /** The lines of the history file; none if it does not exist yet. */
    public static List<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    public static void append(Path file, String line) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** {@code git rev-parse --short HEAD} in the working directory, or null outside a checkout or without git. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                return out;
            }
            p.destroyForcibly();
        } catch (IOException e) {
            // no git
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
