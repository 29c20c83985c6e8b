package org.citizenhub.supervision.overdue;

import java.time.Instant;

/**
 * 意见征集 ({@code gov.hub.survey.draft}): the case is the draft's feedback (采纳情况), keyed by the draft number (also
 * its tracking number on the shared deadline topic). Closing the comment period receives it and starts the feedback
 * deadline; the feedback published handles it (late = not on time). Opening a draft is not a case yet.
 */
final class SurveyDrafts implements EventTranslator {

    static final String TOPIC = "gov.hub.survey.draft";
    static final String SERVICE = "survey";
    static final String CASE_TYPE = "draft-feedback";
    static final String DEADLINE = "feedback";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Translation translate(String type, Payload p) {
        return switch (type) {
            case "gov.hub.survey.draft.closed.v1" -> {
                Instant closedAt = p.requireInstant("closedAt");
                var h = header(p, closedAt);
                yield Translation.of(new CaseFact.Received(h, closedAt),
                        new CaseFact.DeadlineSet(h, DEADLINE, p.instant("feedbackDueAt")));
            }
            case "gov.hub.survey.draft.feedback-published.v1" -> {
                Instant publishedAt = p.requireInstant("publishedAt");
                Boolean late = p.bool("late");
                yield Translation.of(new CaseFact.Handled(header(p, publishedAt), publishedAt,
                        late == null ? null : !late));
            }
            default -> Translation.NOTHING;
        };
    }

    private static CaseFact.Header header(Payload p, Instant at) {
        String number = p.requireText("draftNumber");
        String site = p.text("site");
        return new CaseFact.Header(SERVICE, number, CASE_TYPE, number, p.requireText("department"), site, site, at);
    }
}
