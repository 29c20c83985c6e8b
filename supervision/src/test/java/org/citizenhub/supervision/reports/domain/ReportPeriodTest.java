package org.citizenhub.supervision.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void a_month_runs_from_its_first_day_to_the_first_of_the_next() {
        var p = ReportPeriod.parse("2026-11").orElseThrow();
        assertThat(p.kind()).isEqualTo(ReportPeriod.Kind.MONTH);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.until()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(p.label(Locale.CHINA)).isEqualTo("2026年11月");
        assertThat(p.label(Locale.ENGLISH)).isEqualTo("November 2026");
        assertThat(ReportPeriod.parse("2026-12").orElseThrow().until()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void a_quarter_is_three_months_and_the_fourth_ends_with_the_year() {
        var q4 = ReportPeriod.parse("2026-Q4").orElseThrow();
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.until()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q4.label(Locale.CHINA)).isEqualTo("2026年第四季度");
        assertThat(q4.code()).isEqualTo("2026-Q4");
        assertThat(ReportPeriod.parse("2026-q2").orElseThrow().from()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void a_year_is_the_calendar_year() {
        var y = ReportPeriod.parse("2026").orElseThrow();
        assertThat(y.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(y.until()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(y.label(Locale.CHINA)).isEqualTo("2026年度");
    }

    @Test
    void anything_else_is_no_period() {
        for (String bad : new String[] {"2026-13", "2026-Q5", "26", "2026-1", "1999", "2026-11-01", "", "now"}) {
            assertThat(ReportPeriod.parse(bad)).as(bad).isEmpty();
        }
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }
}
