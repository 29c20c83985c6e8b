package org.citizenhub.supervision.reports.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period a report covers: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}),
 * as calendar dates in the hub's zone; {@link #until()} is exclusive.
 */
public record ReportPeriod(Kind kind, int year, int number) {

    public enum Kind { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(20[0-9]{2})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(20[0-9]{2})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})");
    private static final String[] QUARTERS_ZH = {"第一季度", "第二季度", "第三季度", "第四季度"};

    /** The period a request names, or empty when the text is none of the three forms (years 2000–2099). */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        var m = MONTH.matcher(t);
        if (m.matches()) {
            return Optional.of(new ReportPeriod(Kind.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        var q = QUARTER.matcher(t);
        if (q.matches()) {
            return Optional.of(new ReportPeriod(Kind.QUARTER, Integer.parseInt(q.group(1)),
                    Integer.parseInt(q.group(2))));
        }
        var y = YEAR.matcher(t);
        if (y.matches()) {
            return Optional.of(new ReportPeriod(Kind.YEAR, Integer.parseInt(y.group(1)), 0));
        }
        return Optional.empty();
    }

    /** The first day of the period. */
    public LocalDate from() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The first day after the period. */
    public LocalDate until() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number).plusMonths(1).atDay(1);
            case QUARTER -> from().plusMonths(3);
            case YEAR -> LocalDate.of(year + 1, 1, 1);
        };
    }

    /** As requested: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }

    /** 2026年11月 / 2026年第四季度 / 2026年度; November 2026 / Q4 2026 / Year 2026. */
    public String label(Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        return switch (kind) {
            case MONTH -> zh ? year + "年" + number + "月"
                    : Month.of(number).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case QUARTER -> zh ? year + "年" + QUARTERS_ZH[number - 1] : "Q" + number + " " + year;
            case YEAR -> zh ? year + "年度" : "Year " + year;
        };
    }
}
