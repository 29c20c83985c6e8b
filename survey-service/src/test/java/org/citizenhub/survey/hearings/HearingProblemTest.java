package org.citizenhub.survey.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.citizenhub.survey.hearings.domain.HearingRule;
import org.junit.jupiter.api.Test;

/** Every rule's refusal is a hearing problem with a reason in zh-CN and in English. */
class HearingProblemTest {

    @Test
    void every_rule_is_answered_by_a_problem_with_a_chinese_and_an_english_reason() {
        for (HearingRule rule : HearingRule.values()) {
            HearingProblem problem = HearingProblem.of(rule);
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                ResourceBundle bundle = ResourceBundle.getBundle(problem.messageBundle(), locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                assertThat(bundle.getString(problem.titleKey())).as(rule + " " + locale).isNotBlank();
                assertThat(bundle.getString(problem.detailKey())).as(rule + " " + locale).isNotBlank();
            }
        }
        assertThat(HearingProblem.of(HearingRule.DRAW_ONCE).status()).isEqualTo(409);
    }
}
