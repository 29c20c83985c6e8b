package org.citizenhub.survey.surveys.questionnaire;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * "Show when …": holds or not for the answers given so far. Conditions may only refer to questions placed earlier
 * (policy {@code condition-refers-to-earlier-question}), so a questionnaire is evaluated top to bottom in one pass.
 * Also a quota's condition on an answer.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DisplayCondition.Equals.class, name = "equals"),
        @JsonSubTypes.Type(value = DisplayCondition.AnyOf.class, name = "any-of"),
        @JsonSubTypes.Type(value = DisplayCondition.Answered.class, name = "answered"),
        @JsonSubTypes.Type(value = DisplayCondition.AllOf.class, name = "all-of"),
        @JsonSubTypes.Type(value = DisplayCondition.AnyOfConditions.class, name = "any-of-conditions"),
        @JsonSubTypes.Type(value = DisplayCondition.Not.class, name = "not")})
public sealed interface DisplayCondition {

    boolean holds(Answers answers);

    /** Every question key this condition reads, with the option keys it names ({@code null} when none). */
    void references(java.util.function.BiConsumer<String, String> reference);

    /** The question was answered with this option (single choice, or among the options of a multiple choice). */
    record Equals(String questionKey, String optionKey) implements DisplayCondition {
        @Override
        public boolean holds(Answers answers) {
            return answers.get(questionKey).map(a -> a.chosenOptions().contains(optionKey)).orElse(false);
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            reference.accept(questionKey, optionKey);
        }
    }

    /** The question was answered with at least one of these options. */
    record AnyOf(String questionKey, Set<String> optionKeys) implements DisplayCondition {
        public AnyOf {
            optionKeys = optionKeys == null ? Set.of() : Set.copyOf(optionKeys);
        }

        @Override
        public boolean holds(Answers answers) {
            return answers.get(questionKey)
                    .map(a -> a.chosenOptions().stream().anyMatch(optionKeys::contains)).orElse(false);
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            optionKeys.forEach(o -> reference.accept(questionKey, o));
            if (optionKeys.isEmpty()) {
                reference.accept(questionKey, null);
            }
        }
    }

    /** The question was answered at all. */
    record Answered(String questionKey) implements DisplayCondition {
        @Override
        public boolean holds(Answers answers) {
            return answers.get(questionKey).isPresent();
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            reference.accept(questionKey, null);
        }
    }

    record AllOf(List<DisplayCondition> conditions) implements DisplayCondition {
        public AllOf {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override
        public boolean holds(Answers answers) {
            return conditions.stream().allMatch(c -> c.holds(answers));
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            conditions.forEach(c -> c.references(reference));
        }
    }

    record AnyOfConditions(List<DisplayCondition> conditions) implements DisplayCondition {
        public AnyOfConditions {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override
        public boolean holds(Answers answers) {
            return conditions.stream().anyMatch(c -> c.holds(answers));
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            conditions.forEach(c -> c.references(reference));
        }
    }

    record Not(DisplayCondition condition) implements DisplayCondition {
        @Override
        public boolean holds(Answers answers) {
            return !condition.holds(answers);
        }

        @Override
        public void references(java.util.function.BiConsumer<String, String> reference) {
            condition.references(reference);
        }
    }
}
