package org.citizenhub.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id every service and the gateway carry in {@code X-Request-Id}, put into the logging MDC and
 * show in problem documents so a citizen can quote it.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** Key of the request id in the SLF4J MDC (use {@code %X{requestId}} in log patterns). */
    public static final String MDC_KEY = "requestId";
    /** Name of the servlet request / exchange attribute holding the request id. */
    public static final String ATTRIBUTE = RequestId.class.getName();

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestId() {
    }

    /** Whether an incoming id can be trusted into logs and headers: 1-128 characters of [A-Za-z0-9._:-]. */
    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** A new random request id. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** The candidate if it is sane, a new id otherwise. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : generate();
    }
}
