package org.citizenhub.supervision.overdue;

import java.time.Instant;
import java.util.List;

/**
 * 好差评 ({@code gov.hub.hall.rating}): every rating given goes to {@code sv_rating}; a bad rating's rectification
 * (回访整改) is also a case ({@code rating-rectification}, keyed by the rating number, which is also its tracking
 * number on the shared deadline topic): opened → received with its deadline, reopened by a supervisor → open again,
 * completed → handled and the rating rectified.
 */
final class HallRatings implements EventTranslator {

    static final String TOPIC = "gov.hub.hall.rating";
    static final String SERVICE = "service-hall";
    static final String CASE_TYPE = "rating-rectification";
    static final String DEADLINE = "rectification";
    static final String GIVEN = "gov.hub.hall.rating.given.v1";
    static final String OPENED = "gov.hub.hall.rectification.opened.v1";
    static final String COMPLETED = "gov.hub.hall.rectification.completed.v1";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Translation translate(String type, Payload p) {
        return switch (type) {
            case GIVEN -> {
                int satisfaction = satisfaction(p);
                Boolean bad = p.bool("bad");
                yield new Translation(List.of(), List.of(new RatingFact.Given(p.requireText("ratingNumber"),
                        p.requireText("department"), p.text("site"), satisfaction,
                        bad != null ? bad : satisfaction <= 2, p.requireInstant("ratedAt"))));
            }
            case OPENED -> {
                String number = p.requireText("ratingNumber");
                Instant openedAt = p.requireInstant("openedAt");
                int round = round(p);
                var h = header(p, number, openedAt);
                Instant dueAt = p.requireInstant("dueAt");
                List<CaseFact> facts = round == 0
                        ? List.of(new CaseFact.Received(h, openedAt), new CaseFact.DeadlineSet(h, DEADLINE, dueAt))
                        : List.of(new CaseFact.Reopened(h, DEADLINE, dueAt));
                yield new Translation(facts, List.of(new RatingFact.RectificationOpened(number,
                        p.requireText("department"), p.text("site"), satisfaction(p), round, openedAt)));
            }
            case COMPLETED -> {
                String number = p.requireText("ratingNumber");
                Instant completedAt = p.requireInstant("completedAt");
                yield new Translation(
                        List.of(new CaseFact.Handled(header(p, number, completedAt), completedAt, p.bool("onTime"))),
                        List.of(new RatingFact.RectificationCompleted(number, round(p), completedAt)));
            }
            default -> Translation.NOTHING;
        };
    }

    private static CaseFact.Header header(Payload p, String number, Instant at) {
        String site = p.text("site");
        return new CaseFact.Header(SERVICE, number, CASE_TYPE, number, p.requireText("department"), site, site, at);
    }

    private static int satisfaction(Payload p) {
        Integer s = p.integer("satisfaction");
        if (s == null || s < 1 || s > 5) {
            throw new Payload.UnreadableEvent("satisfaction is 1 to 5: " + s);
        }
        return s;
    }

    private static int round(Payload p) {
        Integer r = p.integer("reopened");
        if (r == null || r < 0) {
            throw new Payload.UnreadableEvent("reopened is 0 or more: " + r);
        }
        return r;
    }
}
