package org.citizenhub.casework.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Draws a service's tracking numbers: its prefix, today in Asia/Shanghai, and the next value of a PostgreSQL
 * sequence the service owns (so numbers are unique across replicas and never reused, even after a rollback).
 *
 * <pre>{@code
 * var numbers = TrackingNumbers.fromSequence(jdbc, "ML", "letter_serial", clock);   // mailbox: ML20261123000042
 * TrackingNumber tn = numbers.next();
 * numbers.parse(pathVariable)   // Optional: empty when malformed or another service's prefix
 * }</pre>
 */
public final class TrackingNumbers {

    /** The zone in which the date of a tracking number is read. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern SEQUENCE = Pattern.compile("[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?");

    private final String prefix;
    private final LongSupplier serials;
    private final Clock clock;

    /**
     * @param prefix  two upper-case letters naming the service
     * @param serials the next serial (a database sequence in production)
     */
    public TrackingNumbers(String prefix, LongSupplier serials, Clock clock) {
        this.prefix = TrackingNumber.requirePrefix(prefix);
        this.serials = Objects.requireNonNull(serials, "serials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Numbers from a PostgreSQL sequence the service creates in its own migration ({@code create sequence
     * letter_serial;}). The sequence name is checked to be a plain identifier, optionally schema-qualified.
     */
    public static TrackingNumbers fromSequence(JdbcClient jdbc, String prefix, String sequence, Clock clock) {
        Objects.requireNonNull(jdbc, "jdbc");
        if (sequence == null || !SEQUENCE.matcher(sequence).matches()) {
            throw new IllegalArgumentException("Not a plain sequence name: " + sequence);
        }
        String sql = "select nextval('" + sequence + "')";
        return new TrackingNumbers(prefix, () -> jdbc.sql(sql).query(Long.class).single(), clock);
    }

    /** A new number: prefix + today (Asia/Shanghai) + the next serial. */
    public TrackingNumber next() {
        return TrackingNumber.of(prefix, LocalDate.ofInstant(clock.instant(), ZONE), serials.getAsLong());
    }

    /** The tracking number in {@code candidate} if it is well formed and one of this service's. */
    public Optional<TrackingNumber> parse(String candidate) {
        return TrackingNumber.parse(prefix, candidate);
    }

    /** Whether {@code candidate} is a well-formed number of this service. */
    public boolean isOurs(String candidate) {
        return parse(candidate).isPresent();
    }

    public String prefix() {
        return prefix;
    }
}
