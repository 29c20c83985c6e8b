package org.citizenhub.supervision.notices.domain;

import java.util.Locale;

/**
 * The named rules of 督办; a refusal carries one of them (and its arguments) to the problem detail, whose slug is
 * {@code supervision-notice-<rule>} and whose texts are in the feature's bundle (zh-CN and en).
 */
public enum NoticeRule {
    /** 督办 is issued, and replies are reviewed, by supervisors only. */
    SUPERVISORS_ONLY(403),
    /** A supervisor acts only on cases of the departments of their scope: hub-wide, or their site's subtree. */
    CASE_OUTSIDE_SCOPE(403),
    /** A case whose handling department is not known yet has nobody to answer a notice. */
    CASE_WITHOUT_DEPARTMENT(409),
    /** One open notice per case: a second one waits until the first is accepted. */
    ONE_OPEN_NOTICE_PER_CASE(409),
    /** The reply deadline is 1 to the configured maximum of working days. */
    REPLY_DEADLINE_OUT_OF_RANGE(400),
    /** Measures asked, measures taken and a supervisor's comment are given, within the configured length. */
    TEXT_REQUIRED(400),
    /** Only a handler or the department head of the notice's department answers it. */
    NOT_THE_NOTICED_DEPARTMENT(403),
    /** A reply is given while one is awaited: after the notice or after a reply was sent back. */
    NOT_AWAITING_REPLY(409),
    /** A reply is accepted or sent back once it has been given, and only once. */
    NO_REPLY_TO_REVIEW(409),
    /** A reply is sent back at most until the configured number of rounds is reached. */
    ROUND_LIMIT_REACHED(409);

    private final int status;

    NoticeRule(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return "supervision-notice-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
