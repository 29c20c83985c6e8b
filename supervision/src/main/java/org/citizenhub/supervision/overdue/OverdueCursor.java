package org.citizenhub.supervision.overdue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.citizenhub.web.problem.HubProblem;

/**
 * The opaque cursor of the overdue view: the keyset position of the last item plus a fingerprint of the filters and
 * sort it belongs to (a cursor of one list is refused on another, instead of silently skipping items).
 * Format before Base64url: {@code v1|<fingerprint>|<due epoch micros>|<service>|<case id>}.
 */
final class OverdueCursor {

    private OverdueCursor() {
    }

    static String encode(OverdueQuery.Position p, String fingerprint) {
        long micros = Math.addExact(Math.multiplyExact(p.dueAt().getEpochSecond(), 1_000_000L),
                p.dueAt().getNano() / 1_000);
        String raw = "v1|" + fingerprint + "|" + micros + "|" + p.service() + "|" + p.caseId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static OverdueQuery.Position decode(String cursor, String fingerprint) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 5);
            if (parts.length != 5 || !"v1".equals(parts[0]) || !parts[1].equals(fingerprint)
                    || parts[3].isEmpty() || parts[4].isEmpty()) {
                throw new HubProblem(OverdueProblem.INVALID_OVERDUE_CURSOR);
            }
            long micros = Long.parseLong(parts[2]);
            Instant due = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new OverdueQuery.Position(due, parts[3], parts[4]);
        } catch (IllegalArgumentException damaged) {
            throw new HubProblem(OverdueProblem.INVALID_OVERDUE_CURSOR);
        }
    }

    /** A short fingerprint of the filters and sort (not of the caller: the scope is applied on every page anyway). */
    static String fingerprint(String... parts) {
        return Integer.toHexString(String.join("\u0000", java.util.Arrays.stream(parts)
                .map(p -> p == null ? "" : p).toList()).hashCode());
    }
}
