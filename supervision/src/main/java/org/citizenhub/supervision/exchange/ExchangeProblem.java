package org.citizenhub.supervision.exchange;

import java.util.Locale;
import org.citizenhub.supervision.exchange.domain.TargetPolicy;
import org.citizenhub.web.problem.ProblemType;

/** The exchange's problems; texts in {@value #BUNDLE} (zh-CN and en). */
public enum ExchangeProblem implements ProblemType {
    /** 404: no subscription of that id. */
    SUBSCRIPTION_NOT_FOUND(404),
    /** 404: no delivery of that id for the subscription. */
    DELIVERY_NOT_FOUND(404),
    /** 409: a pending delivery is still being tried; redeliver once it is delivered or dead. */
    DELIVERY_STILL_PENDING(409),
    /** 400: an event family the hub does not have; arg 0 the known ones. */
    UNKNOWN_EVENT_FAMILY(400),
    /** 403: the client's token lacks the family's scope; arg 0 the scope. */
    EVENT_SCOPE_MISSING(403),
    /** 400: {@link TargetPolicy.Rule#HTTPS_ONLY}. */
    TARGET_NOT_HTTPS(400),
    /** 400: {@link TargetPolicy.Rule#PUBLIC_ADDRESSES_ONLY}. */
    TARGET_NOT_PUBLIC(400),
    /** 400: {@link TargetPolicy.Rule#WELL_FORMED_URL}. */
    TARGET_MALFORMED(400),
    /** 400: the pull cursor is not one this API gave out. */
    INVALID_CURSOR(400),
    /** 409: a replay from before the oldest events the retention keeps; arg 0 the earliest allowed, arg 1 days kept. */
    REPLAY_BEFORE_RETENTION(409);

    static final String BUNDLE = "org.citizenhub.supervision.exchange.problems";

    private final int status;

    ExchangeProblem(int status) {
        this.status = status;
    }

    static ExchangeProblem of(TargetPolicy.Rule rule) {
        return switch (rule) {
            case HTTPS_ONLY -> TARGET_NOT_HTTPS;
            case PUBLIC_ADDRESSES_ONLY -> TARGET_NOT_PUBLIC;
            case WELL_FORMED_URL -> TARGET_MALFORMED;
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
