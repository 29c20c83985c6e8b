package org.citizenhub.hall.applications;

import java.util.Locale;

import org.citizenhub.hall.applications.domain.ApplicationPolicy;
import org.citizenhub.web.problem.ProblemType;

/**
 * The refusals of the applications feature. The policy refusals of the domain keep the {@link ApplicationPolicy}
 * slug; messages in zh-CN and en in the bundle {@value #BUNDLE}.
 */
public enum ApplicationProblem implements ProblemType {

    /** 404: no such application for the caller (also: another applicant's, another department's, wrong query code). */
    APPLICATION_NOT_FOUND(404),
    /** 404: the item has no published version (unknown, draft only, withdrawn). */
    ITEM_NOT_AVAILABLE(404),
    /** 400: the form data do not match the item's form; {@code errors} name each field by JSON pointer. */
    APPLICATION_FORM_INVALID(400),
    /** 400: a legal person's 统一社会信用代码 fails its check character. */
    CREDIT_CODE_INVALID(400),
    /** 400: the request is malformed (e.g. an unknown outcome or pause kind); arg 0 what. */
    APPLICATION_REQUEST_INVALID(400),
    /** 400: the query code header is missing. */
    APPLICATION_QUERY_CODE_REQUIRED(400),
    /** 404: no licence with this number and check code (forged codes learn nothing). */
    LICENCE_NOT_VERIFIED(404),
    APPLICATION_WRONG_PHASE(409, ApplicationPolicy.WRONG_PHASE),
    APPLICATION_NOT_ACCEPTING_WINDOW(403, ApplicationPolicy.NOT_THE_ACCEPTING_WINDOW),
    APPLICATION_NOT_REVIEWER(403, ApplicationPolicy.NOT_A_REVIEWER_OF_THIS_STEP),
    APPLICATION_CORRECTION_TOO_LATE(409, ApplicationPolicy.CORRECTION_NOTICE_TOO_LATE),
    APPLICATION_CORRECTION_NEEDS_ISSUES(400, ApplicationPolicy.CORRECTION_NEEDS_ISSUES),
    APPLICATION_REASON_REQUIRED(400, ApplicationPolicy.REASON_REQUIRED),
    APPLICATION_EXTENSION_NOT_ALLOWED(409, ApplicationPolicy.EXTENSION_NOT_ALLOWED),
    APPLICATION_PAUSE_NOT_ALLOWED(409, ApplicationPolicy.PAUSE_NOT_ALLOWED),
    APPLICATION_HEAD_DECIDES(403, ApplicationPolicy.HEAD_DECIDES),
    APPLICATION_MATERIAL_MISSING(400, ApplicationPolicy.MATERIAL_MISSING);

    static final String BUNDLE = "org.citizenhub.hall.applications.problems";

    private final int status;
    private final ApplicationPolicy policy;

    ApplicationProblem(int status) {
        this(status, null);
    }

    ApplicationProblem(int status, ApplicationPolicy policy) {
        this.status = status;
        this.policy = policy;
    }

    static ApplicationProblem of(ApplicationPolicy policy) {
        for (var p : values()) {
            if (p.policy == policy) {
                return p;
            }
        }
        throw new IllegalArgumentException(policy.name());
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
