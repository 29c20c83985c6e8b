package org.citizenhub.survey.hearings;

import java.util.Locale;

import org.citizenhub.survey.hearings.domain.HearingRule;
import org.citizenhub.web.problem.ProblemType;

/** The hearings' problems; texts in {@value #BUNDLE} (zh-CN and en). */
public enum HearingProblem implements ProblemType {
    /** 404: no hearing of that id (on this site). */
    HEARING_NOT_FOUND(404),
    /** 400: an unknown department, or registration window, hearing time and seats that do not fit together. */
    INVALID_HEARING_SCHEDULE(400),
    /** 409: registration is only possible inside the registration window. */
    REGISTRATION_NOT_OPEN(409),
    /** 409: once per identity and hearing. */
    ALREADY_REGISTERED(409),
    /** 409: the draw follows the close of registration. */
    REGISTRATION_STILL_OPEN(409),
    /** 409: the seats are drawn once. */
    SEATS_ALREADY_DRAWN(409),
    /** 403: only a seated participant submits a statement, before the hearing. */
    STATEMENT_NOT_ACCEPTED(403),
    /** 409: the record is published after the hearing (which needs its seats drawn). */
    HEARING_NOT_HELD_YET(409);

    static final String BUNDLE = "org.citizenhub.survey.hearings.problems";

    private final int status;

    HearingProblem(int status) {
        this.status = status;
    }

    /** The problem answering a refusal by {@code rule}; its texts give the rule's reason in zh-CN and en. */
    static HearingProblem of(HearingRule rule) {
        return switch (rule) {
            case SCHEDULE_FITS -> INVALID_HEARING_SCHEDULE;
            case REGISTRATION_ONLY_WHILE_OPEN -> REGISTRATION_NOT_OPEN;
            case ONE_REGISTRATION_PER_IDENTITY -> ALREADY_REGISTERED;
            case DRAW_AFTER_REGISTRATION_CLOSES -> REGISTRATION_STILL_OPEN;
            case DRAW_ONCE -> SEATS_ALREADY_DRAWN;
            case STATEMENT_BY_SEATED_BEFORE_HEARING -> STATEMENT_NOT_ACCEPTED;
            case RECORD_AFTER_HEARING -> HEARING_NOT_HELD_YET;
        };
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
