package org.citizenhub.deploy.bench;

import org.HdrHistogram.Histogram;

/**
 * The outcome of one phase (one target at one offered rate), measured part only.
 *
 * @param target          {@code gateway} or {@code direct}
 * @param url             where the letters were posted
 * @param offeredRate     requests per second started on schedule
 * @param measuredSeconds length of the measured part
 * @param elapsedSeconds  from the first measured request's intended start to the last measured response (longer
 *                        than {@code measuredSeconds} when the system fell behind and the backlog drained after)
 * @param sent            measured requests sent (= offered rate x measured seconds, less dropped)
 * @param ok              2xx answers
 * @param rateLimited     429 answers
 * @param conflicts       409 answers (e.g. a survey answered twice by one citizen: one response per identity)
 * @param clientErrors    other 4xx answers
 * @param serverErrors    5xx answers
 * @param errors          no answer: connection errors and timeouts
 * @param dropped         not sent because {@code --max-in-flight} requests were already outstanding
 * @param latency         of the 2xx answers, from intended start, in milliseconds
 * @param loadAverage     the machine's 1-minute load average at the end of the phase (NaN if unknown): on a shared
 *                        machine, how much else was competing for the cores
 * @param cpu             CPU time of each hub process from the start of the measured part until every measured
 *                        request was answered ({@link CpuUsage#NONE} where {@code /proc} cannot be read)
 */
public record PhaseResult(String target, String url, int offeredRate, double measuredSeconds, double elapsedSeconds,
                          long sent, long ok, long rateLimited, long conflicts, long clientErrors, long serverErrors,
                          long errors, long dropped, Latency latency, double loadAverage, CpuUsage cpu) {

    public PhaseResult {
        cpu = cpu == null ? CpuUsage.NONE : cpu;
    }

    /** A result without a separate count of 409 answers (scenarios where a 409 is just another 4xx). */
    public PhaseResult(String target, String url, int offeredRate, double measuredSeconds, double elapsedSeconds,
                       long sent, long ok, long rateLimited, long clientErrors, long serverErrors, long errors,
                       long dropped, Latency latency, double loadAverage, CpuUsage cpu) {
        this(target, url, offeredRate, measuredSeconds, elapsedSeconds, sent, ok, rateLimited, 0, clientErrors,
                serverErrors, errors, dropped, latency, loadAverage, cpu);
    }

    /** A result without CPU figures. */
    public PhaseResult(String target, String url, int offeredRate, double measuredSeconds, double elapsedSeconds,
                       long sent, long ok, long rateLimited, long clientErrors, long serverErrors, long errors,
                       long dropped, Latency latency, double loadAverage) {
        this(target, url, offeredRate, measuredSeconds, elapsedSeconds, sent, ok, rateLimited, clientErrors,
                serverErrors, errors, dropped, latency, loadAverage, CpuUsage.NONE);
    }

    /** CPU ms of one hub process per 2xx answer (NaN if unknown). */
    public double cpuPerRequest(String process) {
        return cpu.perRequest(process, ok);
    }

    /** CPU ms of the whole hub (generator excluded) per 2xx answer (NaN if unknown). */
    public double hubCpuPerRequest() {
        return cpu.hubPerRequest(ok);
    }

    /** Percentiles in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max, double mean) {

        static final Latency NONE = new Latency(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        /** From a histogram recorded in microseconds. */
        public static Latency ofMicros(Histogram h) {
            if (h.getTotalCount() == 0) {
                return NONE;
            }
            return new Latency(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), h.getMean() / 1000.0);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    /** 2xx answers per second over the elapsed time (at most the offered rate). */
    public double throughput() {
        double seconds = Math.max(measuredSeconds, elapsedSeconds);
        return seconds <= 0 ? 0 : ok / seconds;
    }

    /** Share of measured requests that did not get a 2xx (dropped ones included). */
    public double failureShare() {
        long all = sent + dropped;
        return all == 0 ? 0 : (double) (all - ok) / all;
    }
}
