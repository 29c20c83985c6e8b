package org.citizenhub.survey.surveys.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One response's answers by question key; in JSON a plain object {@code {"<question key>": <answer>, …}}. */
public record Answers(Map<String, Answer> byQuestion) {

    public Answers {
        Map<String, Answer> copy = new LinkedHashMap<>();
        if (byQuestion != null) {
            byQuestion.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        byQuestion = Collections.unmodifiableMap(copy);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Answers of(Map<String, Answer> byQuestion) {
        return new Answers(byQuestion);
    }

    @JsonValue
    @Override
    public Map<String, Answer> byQuestion() {
        return byQuestion;
    }

    public Optional<Answer> get(String questionKey) {
        return Optional.ofNullable(byQuestion.get(questionKey));
    }

    /** These answers as far as the given keys go: what a condition on an earlier question may see. */
    Answers only(java.util.Set<String> keys) {
        Map<String, Answer> kept = new LinkedHashMap<>(byQuestion);
        kept.keySet().retainAll(keys);
        return new Answers(kept);
    }
}
