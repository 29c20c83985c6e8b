package org.citizenhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.citizenhub.survey.surveys.questionnaire.AnswerViolation;
import org.citizenhub.survey.surveys.questionnaire.QuestionnaireDefect;
import org.junit.jupiter.api.Test;

/** Every refusal and every answer or questionnaire error says why, in Chinese and in English. */
class SurveyProblemMessagesTest {

    private static List<String> missing(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(SurveyProblem.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = new ArrayList<>();
        for (SurveyRule rule : SurveyRule.values()) {
            keys.add("problem." + rule.slug() + ".title");
            keys.add("problem." + rule.slug() + ".detail");
        }
        for (SurveyProblem problem : SurveyProblem.values()) {
            keys.add(problem.titleKey());
            keys.add(problem.detailKey());
        }
        for (AnswerViolation.Code code : AnswerViolation.Code.values()) {
            keys.add("problem." + code.slug() + ".detail");
        }
        for (QuestionnaireDefect.Code code : QuestionnaireDefect.Code.values()) {
            keys.add("problem." + code.slug() + ".detail");
        }
        return keys.stream().filter(k -> !bundle.containsKey(k)).toList();
    }

    @Test
    void every_survey_message_exists_in_chinese_and_english() {
        assertThat(missing(Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(missing(Locale.ENGLISH)).isEmpty();
    }
}
