package org.citizenhub.deploy.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of a run as a console table, Markdown and JSON. Pure: no I/O.
 *
 * @param startedAt   ISO timestamp of the run
 * @param command     the command line, for the record
 * @param machine     a line about the machine (cores, load, JDK)
 * @param results     in run order
 * @param p99TargetMs the latency objective the verdict column checks (p99 below this, every request a 2xx)
 */
public record BenchReport(String startedAt, String command, String machine, List<PhaseResult> results,
                          double p99TargetMs) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BenchReport {
        results = List.copyOf(results);
    }

    /** p99 under the objective, every measured request answered 2xx, and the offered rate kept up with. */
    public boolean meetsObjective(PhaseResult r) {
        return r.ok() > 0 && r.failureShare() == 0 && r.latency().p99() < p99TargetMs
                && r.elapsedSeconds() <= r.measuredSeconds() + 1.0;
    }

    /** Gateway-vs-direct comparison at one offered rate. */
    public record Overhead(int offeredRate, double p50Ratio, double p99Ratio, double p50AddedMs, double p99AddedMs) {
    }

    /** One comparison per offered rate that has both a gateway and a direct result. */
    public List<Overhead> overheads() {
        List<Overhead> list = new ArrayList<>();
        for (PhaseResult g : results) {
            if (!g.target().equals("gateway")) {
                continue;
            }
            find("direct", g.offeredRate()).ifPresent(d -> list.add(new Overhead(g.offeredRate(),
                    g.latency().p50() / d.latency().p50(), g.latency().p99() / d.latency().p99(),
                    g.latency().p50() - d.latency().p50(), g.latency().p99() - d.latency().p99())));
        }
        return list;
    }

    private Optional<PhaseResult> find(String target, int rate) {
        return results.stream().filter(r -> r.target().equals(target) && r.offeredRate() == rate).findFirst();
    }

    /** Issue 9's objective for the gateway's own CPU per proxied request. */
    public static final double GATEWAY_CPU_TARGET_MS = 0.5;

    /** Gateway throughput as a share of direct throughput at the highest rate both ran (NaN if not both). */
    public double throughputRatioAtHighestRate() {
        return results.stream().filter(r -> r.target().equals("gateway"))
                .filter(g -> find("direct", g.offeredRate()).isPresent())
                .max(Comparator.comparingInt(PhaseResult::offeredRate))
                .map(g -> g.throughput() / find("direct", g.offeredRate()).orElseThrow().throughput())
                .orElse(Double.NaN);
    }

    /** The processes with CPU figures in any phase, in report order. */
    public List<String> processes() {
        Set<String> keys = new HashSet<>();
        results.forEach(r -> keys.addAll(r.cpu().cpuMs().keySet()));
        return CpuUsage.ordered(keys);
    }

    /** Column headings of the processes. */
    static String label(String process) {
        return switch (process) {
            case "keycloak" -> "Keycloak";
            case "runner" -> "runner (Kafka)";
            case "postgresql" -> "PostgreSQL";
            case "redis" -> "Redis";
            case "generator" -> "generator (not hub)";
            default -> process;
        };
    }

    private static String shortLabel(String process) {
        return switch (process) {
            case "mailbox-service" -> "mailbox";
            case "consultation-service" -> "consult";
            case "survey-service" -> "survey";
            case "service-hall" -> "hall";
            case "supervision" -> "superv";
            case "postgresql" -> "postgres";
            case "runner" -> "runner";
            case "generator" -> "(gen)";
            default -> process;
        };
    }

    /** Issue 9's objectives for a letter through the gateway: mailbox-service's CPU and the whole hub's. */
    public static final double MAILBOX_CPU_TARGET_MS = 1.5;
    public static final double HUB_CPU_TARGET_MS = 4.0;

    /**
     * Issue 9's CPU objectives against the figures, one line each per gateway phase: the gateway's CPU per proxied
     * request; for letters also mailbox-service's and the whole hub's CPU per letter.
     */
    private List<String> gatewayCpuLines() {
        boolean letters = titleOf(command).equals("Letter");
        List<String> lines = new ArrayList<>();
        for (PhaseResult r : results) {
            if (r.target().equals("gateway")) {
                lines.add(objective("gateway CPU per proxied request", r, r.cpuPerRequest("gateway"),
                        GATEWAY_CPU_TARGET_MS));
                if (letters) {
                    lines.add(objective("mailbox-service CPU per letter through the gateway", r,
                            r.cpuPerRequest("mailbox-service"), MAILBOX_CPU_TARGET_MS));
                    lines.add(objective("hub CPU per letter through the gateway", r, r.hubCpuPerRequest(),
                            HUB_CPU_TARGET_MS));
                }
            }
        }
        return lines;
    }

    private static String objective(String what, PhaseResult r, double ms, double target) {
        return String.format(Locale.ROOT, "%s at %d/s: %s ms (target <= %s ms%s)", what, r.offeredRate(),
                na(ms, 2), fmt(target, 1), Double.isNaN(ms) ? "" : ms <= target ? ", met" : ", NOT met");
    }

    /** Issue 9: at this offered rate, the gateway may add at most this much to the direct p50. */
    public static final int LATENCY_TARGET_RATE = 300;
    public static final double P50_ADDED_TARGET_MS = 2.0;
    /** Issue 9: letters per second through the gateway with p99 under the objective and every request a 2xx. */
    public static final int GATEWAY_RATE_TARGET = 400;

    /** The latency and capacity objectives of issue 9 against this run (only those its rates allow to judge). */
    List<String> objectiveLines() {
        List<String> lines = new ArrayList<>();
        String throughput = throughputLine();
        if (throughput != null) {
            lines.add(throughput);
        }
        Optional<PhaseResult> gateway = find("gateway", LATENCY_TARGET_RATE);
        Optional<PhaseResult> direct = find("direct", LATENCY_TARGET_RATE);
        if (gateway.isPresent() && direct.isPresent()) {
            double added = gateway.get().latency().p50() - direct.get().latency().p50();
            lines.add(String.format(Locale.ROOT,
                    "p50 through the gateway at %d/s: %s ms vs %s ms direct, %s ms (target <= +%s ms%s)",
                    LATENCY_TARGET_RATE, fmt(gateway.get().latency().p50(), 1), fmt(direct.get().latency().p50(), 1),
                    signed(added), fmt(P50_ADDED_TARGET_MS, 0), Double.isNaN(added) ? ""
                            : added <= P50_ADDED_TARGET_MS ? ", met" : ", NOT met"));
        }
        List<PhaseResult> viaGateway = results.stream().filter(r -> r.target().equals("gateway")).toList();
        if (!viaGateway.isEmpty()) {
            int best = viaGateway.stream().filter(this::meetsObjective).mapToInt(PhaseResult::offeredRate).max()
                    .orElse(0);
            if (titleOf(command).equals("Survey response")) {
                // issue 9's 400/s is a target for letters; a survey's answers have none of their own yet
                lines.add(String.format(Locale.ROOT, "highest rate through the gateway with p99 < %s ms, all 2xx: %s",
                        fmt(p99TargetMs, 0), best == 0 ? "none" : best + "/s"));
                return lines;
            }
            boolean judged = best >= GATEWAY_RATE_TARGET
                    || viaGateway.stream().anyMatch(r -> r.offeredRate() >= GATEWAY_RATE_TARGET);
            lines.add(String.format(Locale.ROOT, "highest rate through the gateway with p99 < %s ms, all 2xx: %s "
                            + "(target >= %d/s%s)", fmt(p99TargetMs, 0), best == 0 ? "none" : best + "/s",
                    GATEWAY_RATE_TARGET, !judged ? ", not run at that rate"
                            : best >= GATEWAY_RATE_TARGET ? ", met" : ", NOT met"));
        }
        return lines;
    }

    private String throughputLine() {
        double ratio = throughputRatioAtHighestRate();
        if (Double.isNaN(ratio)) {
            return null;
        }
        int rate = results.stream().filter(r -> r.target().equals("gateway"))
                .filter(g -> find("direct", g.offeredRate()).isPresent())
                .mapToInt(PhaseResult::offeredRate).max().orElse(0);
        return String.format(Locale.ROOT, "gateway vs direct throughput at %d/s: %s%% (target >= 80%%%s)", rate,
                fmt(ratio * 100, 1), ratio >= 0.8 ? ", met" : ", NOT met");
    }

    // --- console ----------------------------------------------------------------------------------------

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %8s %9s %7s %5s %5s %5s %5s %5s %5s %8s %8s %8s %8s %5s  %s%n",
                "target", "offered", "achieved", "2xx", "409", "429", "4xx", "5xx", "err", "drop", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "load", "p99<" + fmt(p99TargetMs, 0) + "ms"));
        for (PhaseResult r : results) {
            PhaseResult.Latency l = r.latency();
            sb.append(String.format(Locale.ROOT,
                    "%-8s %6d/s %7s/s %7d %5d %5d %5d %5d %5d %5d %8s %8s %8s %8s %5s  %s%n",
                    r.target(), r.offeredRate(), fmt(r.throughput(), 1), r.ok(), r.conflicts(), r.rateLimited(),
                    r.clientErrors(), r.serverErrors(), r.errors(), r.dropped(), fmt(l.p50(), 1), fmt(l.p95(), 1),
                    fmt(l.p99(), 1),
                    fmt(l.max(), 1), fmt(r.loadAverage(), 1), meetsObjective(r) ? "yes" : "NO"));
        }
        for (Overhead o : overheads()) {
            sb.append(String.format(Locale.ROOT, "gateway vs direct at %d/s: p50 x%s (%s ms), p99 x%s (%s ms)%n",
                    o.offeredRate(), fmt(o.p50Ratio(), 2), signed(o.p50AddedMs()), fmt(o.p99Ratio(), 2),
                    signed(o.p99AddedMs())));
        }
        objectiveLines().forEach(l -> sb.append(l).append('\n'));
        List<String> processes = processes();
        if (processes.isEmpty()) {
            sb.append("CPU per request: n/a (no /proc on this machine)\n");
            gatewayCpuLines().forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "%nCPU ms per 2xx answer%n%-8s %8s", "target", "offered"));
        for (String p : processes) {
            sb.append(String.format(Locale.ROOT, " %8s", shortLabel(p)));
        }
        sb.append(String.format(Locale.ROOT, " %8s %6s%n", "hub", "cores"));
        for (PhaseResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-8s %6d/s", r.target(), r.offeredRate()));
            for (String p : processes) {
                sb.append(String.format(Locale.ROOT, " %8s", na(r.cpuPerRequest(p), 2)));
            }
            sb.append(String.format(Locale.ROOT, " %8s %6s%n", na(r.hubCpuPerRequest(), 2), na(r.cpu().hubCores(), 2)));
        }
        gatewayCpuLines().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    // --- Markdown ---------------------------------------------------------------------------------------

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(titleOf(command)).append(" submission benchmark, ").append(startedAt).append("\n\n");
        sb.append("- command: `").append(command).append("`\n");
        sb.append("- machine: ").append(machine).append('\n');
        sb.append("- open model: requests start on schedule whatever the answers; latency from the intended start;"
                + " percentiles of 2xx answers; load = the machine's 1-minute load average at the end of the phase\n\n");
        sb.append("| target | offered /s | achieved 2xx/s | 2xx | 409 | 429 | other 4xx | 5xx | errors | dropped |"
                + " p50 ms | p95 ms | p99 ms | max ms | load | p99 < ").append(fmt(p99TargetMs, 0)).append(" ms |\n");
        sb.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (PhaseResult r : results) {
            PhaseResult.Latency l = r.latency();
            sb.append("| ").append(r.target()).append(" | ").append(r.offeredRate()).append(" | ")
                    .append(fmt(r.throughput(), 1)).append(" | ").append(r.ok()).append(" | ")
                    .append(r.conflicts()).append(" | ").append(r.rateLimited()).append(" | ")
                    .append(r.clientErrors()).append(" | ")
                    .append(r.serverErrors()).append(" | ").append(r.errors()).append(" | ").append(r.dropped())
                    .append(" | ").append(fmt(l.p50(), 1)).append(" | ").append(fmt(l.p95(), 1)).append(" | ")
                    .append(fmt(l.p99(), 1)).append(" | ").append(fmt(l.max(), 1)).append(" | ")
                    .append(fmt(r.loadAverage(), 1)).append(" | ")
                    .append(meetsObjective(r) ? "yes" : "**no**").append(" |\n");
        }
        List<Overhead> overheads = overheads();
        if (!overheads.isEmpty()) {
            sb.append("\n| offered /s | gateway/direct p50 | added p50 ms | gateway/direct p99 | added p99 ms |\n");
            sb.append("|--:|--:|--:|--:|--:|\n");
            for (Overhead o : overheads) {
                sb.append("| ").append(o.offeredRate()).append(" | x").append(fmt(o.p50Ratio(), 2)).append(" | ")
                        .append(signed(o.p50AddedMs())).append(" | x").append(fmt(o.p99Ratio(), 2)).append(" | ")
                        .append(signed(o.p99AddedMs())).append(" |\n");
            }
        }
        List<String> objectives = objectiveLines();
        if (!objectives.isEmpty()) {
            sb.append('\n');
            objectives.forEach(l -> sb.append("- ").append(l).append('\n'));
        }
        List<String> processes = processes();
        sb.append("\n## CPU ms per 2xx answer\n\n");
        if (processes.isEmpty()) {
            sb.append("n/a: no /proc on this machine.\n\n");
            gatewayCpuLines().forEach(l -> sb.append("- ").append(l).append('\n'));
            return sb.toString();
        }
        sb.append("CPU time (utime + stime, with reaped children: PostgreSQL's exited backends) of each process from the"
                + " start of the measured part until its last answer, divided by the 2xx answers; hub = all but the"
                + " generator; cores = hub CPU / wall time.\n\n");
        sb.append("| target | offered /s |");
        processes.forEach(p -> sb.append(' ').append(label(p)).append(" |"));
        sb.append(" hub | hub cores |\n|---|--:|");
        processes.forEach(p -> sb.append("--:|"));
        sb.append("--:|--:|\n");
        for (PhaseResult r : results) {
            sb.append("| ").append(r.target()).append(" | ").append(r.offeredRate()).append(" |");
            processes.forEach(p -> sb.append(' ').append(na(r.cpuPerRequest(p), 2)).append(" |"));
            sb.append(" **").append(na(r.hubCpuPerRequest(), 2)).append("** | ").append(na(r.cpu().hubCores(), 2))
                    .append(" |\n");
        }
        sb.append('\n');
        gatewayCpuLines().forEach(l -> sb.append("- ").append(l).append('\n'));
        return sb.toString();
    }

    // --- JSON -------------------------------------------------------------------------------------------

    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("startedAt", startedAt);
        root.put("command", command);
        root.put("machine", machine);
        root.put("p99TargetMs", p99TargetMs);
        ArrayNode phases = root.putArray("results");
        for (PhaseResult r : results) {
            ObjectNode p = phases.addObject();
            p.put("target", r.target());
            p.put("url", r.url());
            p.put("offeredRate", r.offeredRate());
            p.put("measuredSeconds", r.measuredSeconds());
            p.put("elapsedSeconds", round(r.elapsedSeconds(), 3));
            p.put("achievedThroughput", round(r.throughput(), 2));
            p.put("sent", r.sent());
            p.put("ok", r.ok());
            p.put("rateLimited", r.rateLimited());
            p.put("conflicts", r.conflicts());
            p.put("clientErrors", r.clientErrors());
            p.put("serverErrors", r.serverErrors());
            p.put("errors", r.errors());
            p.put("dropped", r.dropped());
            ObjectNode l = p.putObject("latencyMs");
            number(l, "p50", r.latency().p50());
            number(l, "p95", r.latency().p95());
            number(l, "p99", r.latency().p99());
            number(l, "max", r.latency().max());
            number(l, "mean", r.latency().mean());
            number(p, "loadAverage1m", r.loadAverage());
            p.put("meetsObjective", meetsObjective(r));
            ObjectNode cpuMs = p.putObject("cpuMs");
            ObjectNode perRequest = p.putObject("cpuMsPerRequest");
            for (String process : r.cpu().cpuMs().keySet()) {
                number(cpuMs, process, r.cpu().cpuMs().get(process));
                number(perRequest, process, r.cpuPerRequest(process));
            }
            number(perRequest, "hub", r.hubCpuPerRequest());
            number(p, "hubCores", r.cpu().hubCores());
        }
        ArrayNode overheads = root.putArray("gatewayVsDirect");
        for (Overhead o : overheads()) {
            ObjectNode n = overheads.addObject();
            n.put("offeredRate", o.offeredRate());
            number(n, "p50Ratio", o.p50Ratio());
            number(n, "p99Ratio", o.p99Ratio());
            number(n, "p50AddedMs", o.p50AddedMs());
            number(n, "p99AddedMs", o.p99AddedMs());
        }
        number(root, "gatewayVsDirectThroughputAtHighestRate", throughputRatioAtHighestRate());
        ArrayNode gatewayCpu = root.putArray("gatewayCpuMsPerProxiedRequest");
        for (PhaseResult r : results) {
            if (r.target().equals("gateway")) {
                ObjectNode n = gatewayCpu.addObject();
                n.put("offeredRate", r.offeredRate());
                number(n, "cpuMs", r.cpuPerRequest("gateway"));
                n.put("targetMs", GATEWAY_CPU_TARGET_MS);
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name); // JSON has no NaN
        } else {
            node.put(name, round(value, 3));
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String fmt(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** As {@link #fmt}, but "n/a" for an unknown figure. */
    static String na(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : fmt(value, decimals);
    }

    private static String signed(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return (value >= 0 ? "+" : "") + fmt(value, 1);
    }

    /**
     * "Letter", "Consultation" or "Survey response": the scenario the command ran (letters unless it names
     * --scenario consultations or surveys).
     */
    static String titleOf(String command) {
        if (command != null && command.matches(".*--scenario\\s+consultations.*")) {
            return "Consultation";
        }
        return command != null && command.matches(".*--scenario\\s+surveys.*") ? "Survey response" : "Letter";
    }
}
