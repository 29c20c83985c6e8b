package org.citizenhub.events;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where {@link EventMetadata#create} gets the current W3C {@code traceparent} from, without depending on a tracer:
 * the platform's Spring auto-configuration registers a Micrometer-Tracing-backed source when a {@code Tracer} bean
 * exists; without one, events carry no traceparent.
 */
public final class Traceparents {

    private static final Pattern W3C = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final Supplier<String> NONE = () -> null;

    private static volatile Supplier<String> source = NONE;

    private Traceparents() {
    }

    /** The traceparent of the current trace, or null if there is none (or the source misbehaves). */
    public static String current() {
        try {
            String traceparent = source.get();
            return isValid(traceparent) ? traceparent : null;
        } catch (RuntimeException broken) {
            return null;
        }
    }

    /** Makes {@link #current()} ask the given source. */
    public static void use(Supplier<String> traceparentSource) {
        source = Objects.requireNonNull(traceparentSource, "traceparentSource");
    }

    /** Stops asking the given source, if it is the one in use. */
    public static void release(Supplier<String> traceparentSource) {
        if (source == traceparentSource) {
            source = NONE;
        }
    }

    /** Whether the value is a W3C trace-context version-00 traceparent with non-zero ids. */
    public static boolean isValid(String traceparent) {
        return traceparent != null && W3C.matcher(traceparent).matches()
                && !traceparent.substring(3, 35).chars().allMatch(c -> c == '0')
                && !traceparent.substring(36, 52).chars().allMatch(c -> c == '0');
    }

    /**
     * A version-00 traceparent from ids as tracers report them; 64-bit trace ids (16 hex digits) are left-padded.
     * Null if the ids are not hex of the right length.
     */
    public static String format(String traceId, String spanId, boolean sampled) {
        if (traceId == null || spanId == null) {
            return null;
        }
        String trace = traceId.length() == 16 ? "0000000000000000" + traceId : traceId;
        String traceparent = "00-" + trace.toLowerCase() + "-" + spanId.toLowerCase() + "-" + (sampled ? "01" : "00");
        return isValid(traceparent) ? traceparent : null;
    }
}
