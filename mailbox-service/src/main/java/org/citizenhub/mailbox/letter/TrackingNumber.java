package org.citizenhub.mailbox.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number a citizen quotes when following a letter: {@code ML} + acceptance date + a six-digit daily-unique serial,
 * e.g. {@code ML20261123000042}. Readable on the phone, sortable by date, not guessable on its own (reading a letter
 * also needs its {@link QueryCode} or the writer's login).
 */
public record TrackingNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("ML\\d{8}\\d{6,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tracking number: " + value);
        }
    }

    public static TrackingNumber of(LocalDate day, long serial) {
        return new TrackingNumber("ML" + DAY.format(day) + String.format("%06d", serial));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
