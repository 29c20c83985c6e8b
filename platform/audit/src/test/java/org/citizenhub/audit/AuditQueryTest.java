package org.citizenhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final OffsetDateTime NATIONAL_DAY = OffsetDateTime.parse("2026-10-01T00:00:00+08:00");

    @Test
    void blank_criteria_mean_no_criterion() {
        var query = new AuditQuery(null, null, " ", "", "\t", null);

        assertThat(query).isEqualTo(AuditQuery.ALL);
    }

    @Test
    void criteria_are_trimmed() {
        var query = new AuditQuery(null, null, " alice ", " mailbox.revised", "mailbox ", " M1 ");

        assertThat(query.actor()).isEqualTo("alice");
        assertThat(query.action()).isEqualTo("mailbox.revised");
        assertThat(query.targetType()).isEqualTo("mailbox");
        assertThat(query.targetId()).isEqualTo("M1");
    }

    @Test
    void a_period_ending_before_it_starts_is_reversed() {
        assertThat(new AuditQuery(NATIONAL_DAY, NATIONAL_DAY.minusSeconds(1), null, null, null, null).periodReversed())
                .isTrue();
    }

    @Test
    void an_empty_or_open_period_is_not_reversed() {
        assertThat(new AuditQuery(NATIONAL_DAY, NATIONAL_DAY, null, null, null, null).periodReversed()).isFalse();
        assertThat(new AuditQuery(NATIONAL_DAY, null, null, null, null, null).periodReversed()).isFalse();
        assertThat(new AuditQuery(null, NATIONAL_DAY, null, null, null, null).periodReversed()).isFalse();
    }

    @Test
    void a_target_query_names_type_and_id() {
        assertThat(AuditQuery.target("department", "D-TRANSPORT"))
                .isEqualTo(new AuditQuery(null, null, null, null, "department", "D-TRANSPORT"));
    }
}
