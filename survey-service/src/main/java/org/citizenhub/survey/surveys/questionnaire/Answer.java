package org.citizenhub.survey.surveys.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One answer; its JSON {@code type} is the type of the question it answers ({@code single-choice} … {@code file}),
 * so a client never guesses which shape to send.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Answer.Chosen.class, name = "single-choice"),
        @JsonSubTypes.Type(value = Answer.ChosenMany.class, name = "multiple-choice"),
        @JsonSubTypes.Type(value = Answer.TextAnswer.class, name = "text"),
        @JsonSubTypes.Type(value = Answer.NumberAnswer.class, name = "number"),
        @JsonSubTypes.Type(value = Answer.DateAnswer.class, name = "date"),
        @JsonSubTypes.Type(value = Answer.ScaleAnswer.class, name = "rating-scale"),
        @JsonSubTypes.Type(value = Answer.MatrixAnswer.class, name = "matrix"),
        @JsonSubTypes.Type(value = Answer.RankingAnswer.class, name = "ranking"),
        @JsonSubTypes.Type(value = Answer.FilesAnswer.class, name = "file")})
public sealed interface Answer {

    /** The options this answer chose (display conditions and quotas read these); empty for other kinds. */
    @JsonIgnore
    default Set<String> chosenOptions() {
        return Set.of();
    }

    record Chosen(String optionKey) implements Answer {
        @Override
        public Set<String> chosenOptions() {
            return optionKey == null ? Set.of() : Set.of(optionKey);
        }
    }

    record ChosenMany(List<String> optionKeys) implements Answer {
        public ChosenMany {
            optionKeys = optionKeys == null ? List.of() : List.copyOf(optionKeys);
        }

        @Override
        public Set<String> chosenOptions() {
            return Set.copyOf(optionKeys);
        }
    }

    record TextAnswer(String text) implements Answer {
    }

    record NumberAnswer(BigDecimal value) implements Answer {
    }

    record DateAnswer(LocalDate date) implements Answer {
    }

    record ScaleAnswer(int value) implements Answer {
    }

    /** Row key → the column keys chosen in that row. */
    record MatrixAnswer(Map<String, List<String>> rows) implements Answer {
        public MatrixAnswer {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            if (rows != null) {
                rows.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
            }
            rows = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /** Every option of the ranking question, most preferred first. */
    record RankingAnswer(List<String> optionKeys) implements Answer {
        public RankingAnswer {
            optionKeys = optionKeys == null ? List.of() : List.copyOf(optionKeys);
        }
    }

    /** Attachments uploaded through POST /attachments, claimed by the response. */
    record FilesAnswer(List<UUID> attachmentIds) implements Answer {
        public FilesAnswer {
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        }
    }
}
