package org.citizenhub.survey.surveys.questionnaire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One question; the JSON {@code type} names its kind. Every kind has a {@code key} ([a-z0-9-]{1,40}, unique in the
 * questionnaire), a {@code title}, {@code required} and an optional {@code showWhen} condition on earlier questions.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Question.SingleChoice.class, name = "single-choice"),
        @JsonSubTypes.Type(value = Question.MultipleChoice.class, name = "multiple-choice"),
        @JsonSubTypes.Type(value = Question.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Question.NumberQuestion.class, name = "number"),
        @JsonSubTypes.Type(value = Question.DateQuestion.class, name = "date"),
        @JsonSubTypes.Type(value = Question.RatingScale.class, name = "rating-scale"),
        @JsonSubTypes.Type(value = Question.Matrix.class, name = "matrix"),
        @JsonSubTypes.Type(value = Question.Ranking.class, name = "ranking"),
        @JsonSubTypes.Type(value = Question.FileQuestion.class, name = "file")})
public sealed interface Question {

    String key();

    String title();

    boolean required();

    /** Shown only when this holds; {@code null}: always shown. */
    DisplayCondition showWhen();

    /** The JSON {@code type} of this kind of question. */
    String type();

    /** Exactly one option. */
    record SingleChoice(String key, String title, boolean required, DisplayCondition showWhen,
                        List<Option> options) implements Question {
        public SingleChoice {
            options = copy(options);
        }

        @Override
        public String type() {
            return "single-choice";
        }
    }

    /** {@code min} to {@code max} distinct options ({@code null}: 1 and all of them). */
    record MultipleChoice(String key, String title, boolean required, DisplayCondition showWhen,
                          List<Option> options, Integer min, Integer max) implements Question {
        public MultipleChoice {
            options = copy(options);
        }

        @Override
        public String type() {
            return "multiple-choice";
        }
    }

    /** Free text up to {@code maxLength} characters; one line unless {@code multiline}. */
    record Text(String key, String title, boolean required, DisplayCondition showWhen, int maxLength,
                boolean multiline) implements Question {
        @Override
        public String type() {
            return "text";
        }
    }

    /** A number between {@code min} and {@code max} (each optional) with at most {@code decimals} decimals. */
    record NumberQuestion(String key, String title, boolean required, DisplayCondition showWhen,
                          java.math.BigDecimal min, java.math.BigDecimal max, int decimals) implements Question {
        @Override
        public String type() {
            return "number";
        }
    }

    /** A date between {@code earliest} and {@code latest} (each optional, inclusive). */
    record DateQuestion(String key, String title, boolean required, DisplayCondition showWhen,
                        LocalDate earliest, LocalDate latest) implements Question {
        @Override
        public String type() {
            return "date";
        }
    }

    /** A whole number from {@code from} to {@code to}, e.g. 1 (非常不满意) to 5 (非常满意). */
    record RatingScale(String key, String title, boolean required, DisplayCondition showWhen, int from, int to,
                       String lowLabel, String highLabel) implements Question {
        @Override
        public String type() {
            return "rating-scale";
        }
    }

    /**
     * Rows each answered with one column ({@code multiplePerRow}: one or more). Required: every row answered;
     * optional: any rows, but an answered row follows the same rule.
     */
    record Matrix(String key, String title, boolean required, DisplayCondition showWhen, List<Option> rows,
                  List<Option> columns, boolean multiplePerRow) implements Question {
        public Matrix {
            rows = copy(rows);
            columns = copy(columns);
        }

        @Override
        public String type() {
            return "matrix";
        }
    }

    /** Every option put in order, most preferred first. */
    record Ranking(String key, String title, boolean required, DisplayCondition showWhen, List<Option> options)
            implements Question {
        public Ranking {
            options = copy(options);
        }

        @Override
        public String type() {
            return "ranking";
        }
    }

    /** Up to {@code maxFiles} attachments uploaded through POST /attachments beforehand. */
    record FileQuestion(String key, String title, boolean required, DisplayCondition showWhen, int maxFiles)
            implements Question {
        @Override
        public String type() {
            return "file";
        }
    }

    private static List<Option> copy(List<Option> options) {
        return options == null ? List.of() : List.copyOf(options);
    }
}
