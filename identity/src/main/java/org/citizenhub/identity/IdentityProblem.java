package org.citizenhub.identity;

import java.util.Locale;

import org.citizenhub.web.problem.ProblemType;

/** Errors specific to the identity service; titles and details in problems*.properties of this service. */
public enum IdentityProblem implements ProblemType {
    DEPARTMENT_NOT_FOUND(404),
    DEPARTMENT_ALREADY_EXISTS(409),
    PARENT_DEPARTMENT_UNKNOWN(400),
    DEPARTMENT_WOULD_BECOME_ITS_OWN_ANCESTOR(409),
    ROOT_MUST_BE_GOVERNMENT(400),
    DEPARTMENT_HAS_ACTIVE_SUBUNITS(409),
    DEPARTMENT_INACTIVE(409),
    STAFF_MEMBER_NOT_FOUND(404),
    NOT_A_STAFF_MEMBER(409),
    IDENTITY_PROVIDER_UNAVAILABLE(503),
    NOTIFICATION_CHANNEL_WITHOUT_CONTACT(400),
    PROFILE_NOT_FOUND(404),
    INVALID_HOLIDAY_NOTICE(422),
    CALENDAR_YEAR_NOT_LOADED(422),
    HOLIDAY_NOTICE_NOT_FOUND(404),
    SITE_DOES_NOT_EXIST(404),
    SITE_CODE_MALFORMED(400),
    SITE_CODE_TAKEN(409),
    SITE_DEPARTMENT_UNKNOWN(400),
    DEPARTMENT_ALREADY_RUNS_A_SITE(409),
    SITE_HOST_MALFORMED(400),
    SITE_HOST_TAKEN(409),
    SITE_PATH_PREFIX_MALFORMED(400),
    SITE_PATH_PREFIX_TAKEN(409),
    SITE_LOGO_URL_NOT_HTTP(400),
    ROOT_SITE_CANNOT_BE_REMOVED(409),
    SITE_DOES_NOT_COVER_DEPARTMENT(409);

    private final int status;

    IdentityProblem(int status) {
        this.status = status;
    }

    @Override
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public int status() {
        return status;
    }
}
