package org.citizenhub.supervision.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void a_departments_figures_come_from_its_counts() {
        // 12 handled, 11 on time → 91.7 %; 50 working days / 12 handled → 4.17 → 4.2;
        // 6 ratings summing 22 → 3.67 → 3.7, 4 satisfied → 66.7 %; 3 bad, 2 rectified → 66.7 %
        var f = Figures.of(new Tally(15, 12, 11, 50, 6, 22, 4, 3, 2, new Tally.NoticeTally(2, 1)));
        assertThat(f.received()).isEqualTo(15);
        assertThat(f.onTimeRate().text()).isEqualTo("91.7");
        assertThat(f.averageWorkingDays().text()).isEqualTo("4.2");
        assertThat(f.averageSatisfaction().text()).isEqualTo("3.7");
        assertThat(f.satisfiedRate().text()).isEqualTo("66.7");
        assertThat(f.rectifiedRate().text()).isEqualTo("66.7");
        assertThat(f.noticesIssued()).isEqualTo(2);
        assertThat(f.noticesReplied()).isEqualTo(1);
    }

    @Test
    void a_department_that_received_but_handled_and_rated_nothing_shows_dashes() {
        var f = Figures.of(new Tally(3, 0, 0, 0, 0, 0, 0, 0, 0, new Tally.NoticeTally(0, 0)));
        assertThat(f.received()).isEqualTo(3);
        assertThat(f.onTimeRate().text()).isEqualTo("—");
        assertThat(f.averageWorkingDays().text()).isEqualTo("—");
        assertThat(f.averageSatisfaction().text()).isEqualTo("—");
        assertThat(f.satisfiedRate().text()).isEqualTo("—");
        assertThat(f.rectifiedRate().text()).isEqualTo("—");
        assertThat(f.noticesIssued()).isZero();
    }
}
