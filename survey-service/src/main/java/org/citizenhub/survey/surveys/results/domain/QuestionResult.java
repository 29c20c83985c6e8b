package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The tally of one question. {@code type} is the question's type as in the questionnaire's JSON
 * ({@code single-choice}, …); {@code kind} (the JSON discriminator) says which shape of tally it is. {@code answered}
 * is the number of responses that answered the question: the base of every percentage.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = QuestionResult.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = QuestionResult.MatrixTally.class, name = "matrix"),
        @JsonSubTypes.Type(value = QuestionResult.RankingTally.class, name = "ranking"),
        @JsonSubTypes.Type(value = QuestionResult.Numeric.class, name = "numeric"),
        @JsonSubTypes.Type(value = QuestionResult.AnsweredOnly.class, name = "answered")})
public sealed interface QuestionResult {

    String key();

    String title();

    String type();

    long answered();

    /** Single and multiple choice: one count per option, in the questionnaire's order. */
    record Choice(String key, String title, String type, long answered, List<Count> options)
            implements QuestionResult {
    }

    /** A matrix: per row, the counts of its columns; each row's percentages are of those who answered that row. */
    record MatrixTally(String key, String title, String type, long answered, List<Row> rows)
            implements QuestionResult {
        public record Row(String key, String label, long answered, List<Count> columns) {
        }
    }

    /**
     * A ranking: per option its average position (1 = first; lower is better) and how often it was placed at each
     * position ({@code positions[0]} = first places). Options in the questionnaire's order.
     */
    record RankingTally(String key, String title, String type, long answered, List<Ranked> options)
            implements QuestionResult {
        public record Ranked(String key, String label, BigDecimal averagePosition, List<Long> positions) {
        }
    }

    /**
     * A rating scale or a number: mean (two decimals), minimum, maximum and the distribution of the values given
     * (a rating scale lists every point of its scale, also those nobody chose).
     */
    record Numeric(String key, String title, String type, long answered, BigDecimal mean, BigDecimal min,
                   BigDecimal max, List<Count> distribution) implements QuestionResult {
    }

    /** Text, date and file questions: only how many answered; what they wrote is never tallied. */
    record AnsweredOnly(String key, String title, String type, long answered) implements QuestionResult {
    }
}
