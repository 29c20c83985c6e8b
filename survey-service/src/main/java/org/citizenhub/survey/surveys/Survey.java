package org.citizenhub.survey.surveys;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.citizenhub.survey.surveys.responses.AnswerMode;

/**
 * A survey and the phase it is in; no Spring, no HTTP. Its questionnaire lives in versions (draft → published),
 * its answers in {@code surveys.responses}. The phases are value objects: a survey being drafted has no times, a
 * scheduled one its window, a closed one also when it actually closed.
 */
public record Survey(UUID id, String site, String ownerDepartment, String title, String description,
                     AnswerMode mode, Integer maxResponses, Phase phase) {

    /** In JSON with {@code "type": "drafting" | "scheduled" | "closed"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Drafting.class, name = "drafting"),
            @JsonSubTypes.Type(value = Scheduled.class, name = "scheduled"),
            @JsonSubTypes.Type(value = Closed.class, name = "closed")})
    public sealed interface Phase {
    }

    /** Being prepared: no opening time yet. */
    public record Drafting() implements Phase {
    }

    /** Opens and closes at set times (open in between). */
    public record Scheduled(Instant opensAt, Instant closesAt) implements Phase {
    }

    /** Stopped taking answers at {@code closedAt}: its closing time, or earlier when its owner closed it. */
    public record Closed(Instant opensAt, Instant closesAt, Instant closedAt) implements Phase {
    }

    public enum Status { DRAFT, SCHEDULED, OPEN, CLOSED }

    public Status status(Instant now) {
        return switch (phase) {
            case Drafting d -> Status.DRAFT;
            case Scheduled s when !now.isBefore(s.closesAt()) -> Status.CLOSED;
            case Scheduled s when !now.isBefore(s.opensAt()) -> Status.OPEN;
            case Scheduled s -> Status.SCHEDULED;
            case Closed c -> Status.CLOSED;
        };
    }

    public Instant opensAt() {
        return switch (phase) {
            case Drafting d -> null;
            case Scheduled s -> s.opensAt();
            case Closed c -> c.opensAt();
        };
    }

    public Instant closesAt() {
        return switch (phase) {
            case Drafting d -> null;
            case Scheduled s -> s.closesAt();
            case Closed c -> c.closedAt();
        };
    }

    /** Sets (or moves) the window; needs a published version and a closing after opening and after now. */
    public Survey schedule(Instant opensAt, Instant closesAt, boolean published, Instant now) {
        requireNotClosed(now);
        if (!published) {
            throw new SurveyRefused(SurveyRule.NOT_PUBLISHED, id);
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt) || !closesAt.isAfter(now)) {
            throw new SurveyRefused(SurveyRule.INVALID_SURVEY);
        }
        if (status(now) == Status.OPEN && opensAt.isAfter(now)) {
            // an open survey cannot be un-opened: answers are already in
            throw new SurveyRefused(SurveyRule.INVALID_SURVEY);
        }
        return with(new Scheduled(opensAt, closesAt));
    }

    /** Closes now, before its time, or records the closing at its time once that has passed (the scheduler). */
    public Survey close(Instant now) {
        if (phase instanceof Closed) {
            throw new SurveyRefused(SurveyRule.SURVEY_CLOSED, id);
        }
        if (!(phase instanceof Scheduled s)) {
            throw new SurveyRefused(SurveyRule.NOT_PUBLISHED, id);
        }
        Instant at = now.isBefore(s.closesAt()) ? now : s.closesAt();
        return with(new Closed(s.opensAt().isAfter(at) ? at : s.opensAt(), s.closesAt(), at));
    }

    /** Policy answers-only-while-open. */
    public void requireOpen(Instant now) {
        if (status(now) != Status.OPEN) {
            throw new SurveyRefused(SurveyRule.ANSWERS_ONLY_WHILE_OPEN, id);
        }
    }

    public void requireNotClosed(Instant now) {
        if (status(now) == Status.CLOSED) {
            throw new SurveyRefused(SurveyRule.SURVEY_CLOSED, id);
        }
    }

    /** Quotas are set before any answer is counted. */
    public void requireNotOpened(Instant now) {
        requireNotClosed(now);
        if (status(now) == Status.OPEN) {
            throw new SurveyRefused(SurveyRule.QUOTAS_FIXED_ONCE_OPEN, id);
        }
    }

    public void requireMode(AnswerMode expected) {
        if (mode != expected) {
            throw new SurveyRefused(SurveyRule.WRONG_ANSWER_MODE, id, mode.name());
        }
    }

    private Survey with(Phase next) {
        return new Survey(id, site, ownerDepartment, title, description, mode, maxResponses, next);
    }
}
