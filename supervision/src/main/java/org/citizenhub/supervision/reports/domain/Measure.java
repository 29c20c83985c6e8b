package org.citizenhub.supervision.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A derived figure of a report: a percentage or an average, rounded HALF_UP to one decimal (91.65 → 91.7), or
 * nothing ({@value #NONE}) when there is nothing to divide by, e.g. no case handled: a department that handled
 * nothing did not handle 0 % on time.
 */
public record Measure(BigDecimal value) {

    /** What a report prints for a figure without a basis. */
    public static final String NONE = "—";

    private static final Measure NOTHING = new Measure(null);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** {@code part / whole × 100}, one decimal; nothing when {@code whole} is 0. */
    public static Measure percent(long part, long whole) {
        if (whole == 0) {
            return NOTHING;
        }
        return new Measure(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** {@code sum / count}, one decimal; nothing when {@code count} is 0. */
    public static Measure average(long sum, long count) {
        if (count == 0) {
            return NOTHING;
        }
        return new Measure(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
    }

    public static Measure nothing() {
        return NOTHING;
    }

    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(value);
    }

    /** {@code 91.7}, or {@value #NONE}. */
    public String text() {
        return value == null ? NONE : value.toPlainString();
    }

    /** The number for a spreadsheet cell, or the dash as text. */
    public Object cell() {
        return value == null ? NONE : value;
    }
}
