package org.citizenhub.survey.surveys.responses;

import org.citizenhub.survey.surveys.questionnaire.DisplayCondition;

/**
 * A quota: answers matching {@code condition} count towards {@code limit}. STOP refuses the answer that would go
 * beyond it ({@code quota-full}); WARN accepts it and flags it (the staff view and {@code survey.closed}).
 */
public record Quota(String key, String title, DisplayCondition condition, int limit, Action action, int filled) {

    public enum Action { STOP, WARN }

    public boolean full() {
        return filled >= limit;
    }
}
