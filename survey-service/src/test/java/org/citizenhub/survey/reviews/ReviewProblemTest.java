package org.citizenhub.survey.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.citizenhub.survey.reviews.domain.ReviewRule;
import org.junit.jupiter.api.Test;

/** Every rule's refusal is a review problem with a reason in zh-CN and in English. */
class ReviewProblemTest {

    @Test
    void every_rule_is_answered_by_a_problem_with_a_chinese_and_an_english_reason() {
        for (ReviewRule rule : ReviewRule.values()) {
            ReviewProblem problem = ReviewProblem.of(rule);
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                ResourceBundle bundle = ResourceBundle.getBundle(problem.messageBundle(), locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                assertThat(bundle.getString(problem.titleKey())).as(rule + " " + locale).isNotBlank();
                assertThat(bundle.getString(problem.detailKey())).as(rule + " " + locale).isNotBlank();
            }
        }
    }
}
