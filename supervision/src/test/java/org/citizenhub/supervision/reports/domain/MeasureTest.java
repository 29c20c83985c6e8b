package org.citizenhub.supervision.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void a_percentage_is_rounded_half_up_to_one_decimal() {
        assertThat(Measure.percent(11, 12).value()).isEqualByComparingTo("91.7");   // 91.666…
        assertThat(Measure.percent(1, 3).value()).isEqualByComparingTo("33.3");     // 33.333…
        assertThat(Measure.percent(2, 3).value()).isEqualByComparingTo("66.7");     // 66.666…
        assertThat(Measure.percent(1, 8).value()).isEqualByComparingTo("12.5");
        assertThat(Measure.percent(3, 3).text()).isEqualTo("100.0");
        assertThat(Measure.percent(0, 7).text()).isEqualTo("0.0");
    }

    @Test
    void exactly_half_a_tenth_rounds_up_not_to_even() {
        // 1 / 16 = 6.25 % → 6.3 (HALF_EVEN would give 6.2); 0.25 working days → 0.3
        assertThat(Measure.percent(1, 16).text()).isEqualTo("6.3");
        assertThat(Measure.average(1, 4).text()).isEqualTo("0.3");
        assertThat(Measure.average(5, 4).text()).isEqualTo("1.3");
    }

    @Test
    void an_average_is_the_sum_over_the_count_to_one_decimal() {
        assertThat(Measure.average(17, 4).value()).isEqualByComparingTo("4.3");    // 4.25
        assertThat(Measure.average(14, 3).value()).isEqualByComparingTo("4.7");    // 4.666…
        assertThat(Measure.average(20, 5).text()).isEqualTo("4.0");
    }

    @Test
    void nothing_handled_is_a_dash_not_zero_percent() {
        assertThat(Measure.percent(0, 0).text()).isEqualTo("—");
        assertThat(Measure.percent(0, 0).amount()).isEmpty();
        assertThat(Measure.average(0, 0).text()).isEqualTo("—");
        assertThat(Measure.average(0, 0).cell()).isEqualTo("—");
        assertThat(Measure.percent(1, 2).cell()).isEqualTo(new BigDecimal("50.0"));
    }
}
