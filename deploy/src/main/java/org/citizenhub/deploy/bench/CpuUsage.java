package org.citizenhub.deploy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CPU time the hub's processes used during one measured phase, in milliseconds per process key
 * ({@link HubCpuMeter#HUB_PROCESSES}, plus {@link HubCpuMeter#GENERATOR}). NaN for a process seen in only one of the
 * two snapshots or whose counter went backwards (it started, stopped or restarted during the phase).
 *
 * @param cpuMs       per process key, in report order
 * @param wallSeconds between the two snapshots (NaN if unknown)
 */
public record CpuUsage(Map<String, Double> cpuMs, double wallSeconds) {

    /** Nothing measured (no {@code /proc}, or a result built without CPU figures). */
    public static final CpuUsage NONE = new CpuUsage(Map.of(), Double.NaN);

    public CpuUsage {
        cpuMs = Collections.unmodifiableMap(new LinkedHashMap<>(cpuMs));
    }

    /** From two snapshots of clock ticks per process. */
    public static CpuUsage between(Map<String, Long> before, Map<String, Long> after, long ticksPerSecond,
                                   double wallSeconds) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<String, Double> ms = new LinkedHashMap<>();
        for (String key : ordered(keys)) {
            Long b = before.get(key);
            Long a = after.get(key);
            ms.put(key, b == null || a == null || a < b ? Double.NaN : (a - b) * 1000.0 / ticksPerSecond);
        }
        return new CpuUsage(ms, wallSeconds);
    }

    /** Keys in report order: the hub's processes as listed, then any other, then the generator. */
    static List<String> ordered(Set<String> keys) {
        List<String> list = new ArrayList<>();
        HubCpuMeter.HUB_PROCESSES.stream().filter(keys::contains).forEach(list::add);
        keys.stream().filter(k -> !list.contains(k) && !k.equals(HubCpuMeter.GENERATOR)).sorted().forEach(list::add);
        if (keys.contains(HubCpuMeter.GENERATOR)) {
            list.add(HubCpuMeter.GENERATOR);
        }
        return list;
    }

    public boolean measured() {
        return !cpuMs.isEmpty();
    }

    /** CPU ms of the whole hub: every process but the generator whose figure is known; NaN if none is. */
    public double hubMs() {
        double sum = 0;
        boolean any = false;
        for (Map.Entry<String, Double> e : cpuMs.entrySet()) {
            if (!e.getKey().equals(HubCpuMeter.GENERATOR) && !Double.isNaN(e.getValue())) {
                sum += e.getValue();
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /** CPU ms of one process per successful request; NaN if unknown or nothing succeeded. */
    public double perRequest(String process, long ok) {
        return perRequest(cpuMs.getOrDefault(process, Double.NaN), ok);
    }

    /** CPU ms of the whole hub per successful request. */
    public double hubPerRequest(long ok) {
        return perRequest(hubMs(), ok);
    }

    static double perRequest(double ms, long ok) {
        return ok <= 0 ? Double.NaN : ms / ok;
    }

    /** The whole hub's CPU as cores busy on average (CPU time / wall time). */
    public double hubCores() {
        return wallSeconds > 0 ? hubMs() / 1000.0 / wallSeconds : Double.NaN;
    }
}
