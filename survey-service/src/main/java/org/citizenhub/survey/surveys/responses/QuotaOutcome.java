package org.citizenhub.survey.surveys.responses;

import java.util.List;

/** What the quotas said to one answer. */
public sealed interface QuotaOutcome {

    /** Counted; {@code warned}: WARN quotas it went beyond. */
    record Counted(List<String> warned) implements QuotaOutcome {
    }

    /** A STOP quota is full: nothing counted, the answer is refused. */
    record Stopped(String quotaKey) implements QuotaOutcome {
    }
}
