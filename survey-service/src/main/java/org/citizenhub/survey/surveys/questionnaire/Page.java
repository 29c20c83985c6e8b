package org.citizenhub.survey.surveys.questionnaire;

import java.util.List;

/** One page of a questionnaire; the order of pages and of their questions is the order citizens see. */
public record Page(String key, String title, List<Question> questions) {

    public Page {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
