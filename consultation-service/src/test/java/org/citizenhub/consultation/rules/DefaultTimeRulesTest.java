package org.citizenhub.consultation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.junit.jupiter.api.Test;

/** The named default limits, as the regulations and local practice set them. */
class DefaultTimeRulesTest {

    @Test
    void an_error_report_is_answered_within_3_working_days() {
        var rule = DefaultTimeRules.of(CaseKind.ERROR_REPORT, "reply");
        assertThat(rule).isEqualTo(ErrorReportReplyPolicy.WITHIN_3_WORKING_DAYS.rule());
        assertThat(rule.unit()).isEqualTo(LimitUnit.WORKING_DAYS);
        assertThat(rule.amount()).isEqualTo(3);
        assertThat(rule.code()).isEqualTo("error-report-reply");
    }

    @Test
    void a_consultation_is_answered_within_5_working_days_by_default() {
        assertThat(DefaultTimeRules.of(CaseKind.CONSULTATION, "reply").amount()).isEqualTo(5);
    }

    @Test
    void complaints_and_suggestions_need_an_initial_investigation_within_15_working_days() {
        for (var kind : new CaseKind[] {CaseKind.COMPLAINT, CaseKind.SUGGESTION}) {
            var rule = DefaultTimeRules.of(kind, DefaultTimeRules.firstDeadline(kind));
            assertThat(rule.deadline()).isEqualTo("investigation");
            assertThat(rule.amount()).isEqualTo(15);
        }
    }

    @Test
    void a_co_handler_gives_its_part_within_3_working_days_for_every_kind() {
        for (var kind : CaseKind.values()) {
            assertThat(DefaultTimeRules.of(kind, "co-handling").amount()).isEqualTo(3);
        }
    }

    @Test
    void a_rule_for_a_category_names_it_in_its_code_and_refuses_a_warning_longer_than_the_limit() {
        var hazard = new TimeRule(CaseKind.COMPLAINT, "SAFETY_HAZARD", "investigation", LimitUnit.WORKING_HOURS, 2, 1);
        assertThat(hazard.code()).isEqualTo("complaint-investigation-safety-hazard");
        assertThatThrownBy(() -> new TimeRule(CaseKind.COMPLAINT, "*", "investigation", LimitUnit.CALENDAR_DAYS, 60,
                61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRule(CaseKind.COMPLAINT, "*", "lunch", LimitUnit.CALENDAR_DAYS, 60, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
