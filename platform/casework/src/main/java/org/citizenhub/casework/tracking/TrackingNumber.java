package org.citizenhub.casework.tracking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a citizen quotes when following a case: a two-letter prefix naming the service ({@code ML} mailbox,
 * {@code ZX} consultation...), the acceptance date {@code yyyyMMdd} (Asia/Shanghai) and a daily-readable serial of
 * at least six digits, e.g. {@code ML20261123000042}. Readable on the phone, sortable by date, not guessable on its
 * own (reading a case also needs its {@link QueryCode} or the writer's login).
 */
public record TrackingNumber(String value) {

    /** Two upper-case letters, eight date digits, six or more serial digits. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z]{2}\\d{8}\\d{6,}");
    public static final Pattern PREFIX = Pattern.compile("[A-Z]{2}");
    /** Longest value accepted: matches a {@code varchar(32)} column. */
    public static final int MAX_LENGTH = 32;
    static final int SERIAL_DIGITS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a tracking number: " + value);
        }
    }

    /** {@code prefix} + {@code day} as yyyyMMdd + the serial, zero-padded to six digits (longer when it needs). */
    public static TrackingNumber of(String prefix, LocalDate day, long serial) {
        requirePrefix(prefix);
        Objects.requireNonNull(day, "day");
        if (serial < 0) {
            throw new IllegalArgumentException("A serial is not negative: " + serial);
        }
        return new TrackingNumber(prefix + DAY.format(day) + String.format("%0" + SERIAL_DIGITS + "d", serial));
    }

    /** Whether {@code candidate} has the form of a tracking number (any prefix, a real date). */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !FORMAT.matcher(candidate).matches()) {
            return false;
        }
        try {
            LocalDate.parse(candidate.substring(2, 10), DAY);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** The tracking number in {@code candidate} if it is well formed and carries {@code prefix}. */
    public static Optional<TrackingNumber> parse(String prefix, String candidate) {
        return isWellFormed(candidate) && candidate.startsWith(requirePrefix(prefix))
                ? Optional.of(new TrackingNumber(candidate)) : Optional.empty();
    }

    /** The service's two letters, e.g. {@code ML}. */
    public String prefix() {
        return value.substring(0, 2);
    }

    /** The day the case was accepted (Asia/Shanghai). */
    public LocalDate date() {
        return LocalDate.parse(value.substring(2, 10), DAY);
    }

    /** The serial drawn from the service's sequence. */
    public long serial() {
        return Long.parseLong(value.substring(10));
    }

    static String requirePrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A tracking-number prefix is two upper-case letters, not " + prefix);
        }
        return prefix;
    }

    @Override
    public String toString() {
        return value;
    }
}
