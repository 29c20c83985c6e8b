package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages with one decimal, rounded half up, as published; a share of nobody is 0.0. */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal of(long count, long base) {
        if (base <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** A mean with two decimals, rounded half up; null when there is nothing to average. */
    public static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
