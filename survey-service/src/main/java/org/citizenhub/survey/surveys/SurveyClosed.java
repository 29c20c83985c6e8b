package org.citizenhub.survey.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * In-process (Spring application event, published in the closing transaction): a survey stopped taking answers, at
 * its closing time or closed early by its owner. Every pooled anonymous answer has been mixed into
 * {@code survey_response} before this goes out, so {@code ResponseReader} sees them all. The results publication
 * listens to it.
 *
 * @param responses     answers accepted in total
 * @param warnedQuotas  keys of WARN quotas that filled (or overfilled)
 */
public record SurveyClosed(UUID surveyId, String site, String ownerDepartment, Instant closedAt, long responses,
                           List<String> warnedQuotas) {

    public SurveyClosed {
        warnedQuotas = warnedQuotas == null ? List.of() : List.copyOf(warnedQuotas);
    }
}
