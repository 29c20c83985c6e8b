package org.citizenhub.hall.applications.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 办件编号: the item's 实施编码, the day of receipt (yyyyMMdd, Asia/Shanghai) and a six-digit serial, so that an
 * application number tells which item and which day it belongs to, as the national platform's numbers do.
 */
public record ApplicationNumber(String implementationCode, LocalDate receivedOn, long serial) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** 实施编码: upper-case letters and digits, 8 to 40 of them (the national codes are well within). */
    private static final Pattern IMPLEMENTATION_CODE = Pattern.compile("[0-9A-Z]{8,40}");
    private static final Pattern NUMBER = Pattern.compile("([0-9A-Z]{8,40})(\\d{8})(\\d{6})");

    public ApplicationNumber {
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (implementationCode == null || !IMPLEMENTATION_CODE.matcher(implementationCode).matches()) {
            throw new IllegalArgumentException("not an implementation code");
        }
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range 1..999999");
        }
    }

    /** Parses a number; the implementation code is whatever precedes the last 14 digits. */
    public static java.util.Optional<ApplicationNumber> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        var matcher = NUMBER.matcher(text.strip());
        if (!matcher.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ApplicationNumber(matcher.group(1),
                    LocalDate.parse(matcher.group(2), DAY), Long.parseLong(matcher.group(3))));
        } catch (RuntimeException malformed) {
            return java.util.Optional.empty();
        }
    }

    public String value() {
        return implementationCode + DAY.format(receivedOn) + String.format("%06d", serial);
    }

    @Override
    public String toString() {
        return value();
    }
}
