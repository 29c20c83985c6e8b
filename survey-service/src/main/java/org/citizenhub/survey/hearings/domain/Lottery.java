package org.citizenhub.survey.hearings.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hearing's reproducible lottery. Anyone holding the published seed and the published registration ids re-runs
 * it and gets the same seats:
 * <ol>
 *   <li>write every registration id in its canonical lower-case UUID form and sort them (String order);</li>
 *   <li>give each id the key {@code hex(SHA-256(UTF-8(seed + ":" + id)))};</li>
 *   <li>order the ids by key (String order), ties — practically impossible — by id;</li>
 *   <li>the first {@code seats} ids are seated, in that order.</li>
 * </ol>
 * With no more registrations than seats everyone is seated. The seed is announced with the hearing, before anyone
 * registers, and the registration ids are random, so nobody can steer the outcome.
 */
public final class Lottery {

    private Lottery() {
    }

    public static List<UUID> draw(String seed, List<UUID> registrations, int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("seats < 1");
        }
        record Ticket(String id, String key) {
        }
        return registrations.stream().map(UUID::toString).sorted()
                .map(id -> new Ticket(id, key(seed, id)))
                .sorted(Comparator.comparing(Ticket::key).thenComparing(Ticket::id))
                .limit(seats).map(t -> UUID.fromString(t.id())).toList();
    }

    /** {@code hex(SHA-256(UTF-8(seed + ":" + id)))}, lower case. */
    public static String key(String seed, String id) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
