package org.citizenhub.survey.surveys.questionnaire;

import java.util.List;
import java.util.Locale;

/**
 * Why a questionnaire cannot be saved: {@code path} is a JSON pointer into the questionnaire, the message (zh-CN and
 * en) is {@code problem.survey-questionnaire-<code>.detail} of the surveys' problem bundle.
 */
public record QuestionnaireDefect(String path, Code code, List<Object> args) {

    public QuestionnaireDefect {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static QuestionnaireDefect of(String path, Code code, Object... args) {
        return new QuestionnaireDefect(path, code, List.of(args));
    }

    public enum Code {
        NO_QUESTIONS,
        /** Keys of pages, questions and options are [a-z0-9-]{1,40}. */
        INVALID_KEY,
        DUPLICATE_KEY,
        MISSING_TITLE,
        NO_OPTIONS,
        /** Limits that contradict each other (min above max, a scale of one step, …). */
        INVALID_RANGE,
        /** Policy condition-refers-to-earlier-question: a condition reads only questions placed before it. */
        CONDITION_REFERS_TO_EARLIER_QUESTION,
        /** A condition names an option its question does not have, or options of a question without options. */
        CONDITION_UNKNOWN_OPTION;

        public String slug() {
            return "survey-questionnaire-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
