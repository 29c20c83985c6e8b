package org.citizenhub.survey.surveys.questionnaire;

import java.util.List;
import java.util.Locale;

/**
 * Why one answer is not accepted. {@link #pointer()} is the JSON pointer into the submitted body; the message (zh-CN
 * and en) is {@code problem.survey-answer-<code>.detail} of the surveys' problem bundle, formatted with {@code args}.
 */
public record AnswerViolation(String questionKey, Code code, List<Object> args) {

    public AnswerViolation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static AnswerViolation of(String questionKey, Code code, Object... args) {
        return new AnswerViolation(questionKey, code, List.of(args));
    }

    public String pointer() {
        return "/answers/" + questionKey.replace("~", "~0").replace("/", "~1");
    }

    public enum Code {
        /** A required, shown question has no answer. */
        REQUIRED,
        /** A question hidden by its condition was answered. */
        HIDDEN_QUESTION_ANSWERED,
        /** No question of that key in this version. */
        UNKNOWN_QUESTION,
        /** The answer's type is not the question's type. */
        WRONG_TYPE,
        UNKNOWN_OPTION,
        DUPLICATE_OPTION,
        TOO_FEW_CHOICES,
        TOO_MANY_CHOICES,
        TEXT_TOO_LONG,
        TEXT_NOT_ONE_LINE,
        NUMBER_TOO_SMALL,
        NUMBER_TOO_LARGE,
        TOO_MANY_DECIMALS,
        DATE_TOO_EARLY,
        DATE_TOO_LATE,
        SCALE_OUT_OF_RANGE,
        UNKNOWN_ROW,
        UNKNOWN_COLUMN,
        ONE_COLUMN_PER_ROW,
        ROW_UNANSWERED,
        RANKING_INCOMPLETE,
        TOO_MANY_FILES;

        /** {@code survey-answer-<code>}: the message key and problem slug of this violation. */
        public String slug() {
            return "survey-answer-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
