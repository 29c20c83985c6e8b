package org.citizenhub.survey.surveys.questionnaire;

/** One choice of a choice, ranking or matrix question; {@code key} is what answers name. */
public record Option(String key, String label) {
}
