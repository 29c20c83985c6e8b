package org.citizenhub.consultation.cases.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the citizen wrote, fixed at submission.
 *
 * @param errorReport the page and the error, for {@link CaseKind#ERROR_REPORT} only (null for the other kinds)
 */
public record Submission(CaseKind kind, String category, String title, String body, ErrorReport errorReport,
                         boolean agreesToPublication, Instant at) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 5000;
    public static final String CATEGORY_FORMAT = "[A-Z][A-Z0-9_]{1,39}";

    public Submission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (category == null || !category.matches(CATEGORY_FORMAT)) {
            throw new IllegalArgumentException("category: 2–40 upper-case letters, digits or '_'");
        }
        title = Texts.require(title, MAX_TITLE, "title");
        body = Texts.require(body, MAX_BODY, "body");
        if ((kind == CaseKind.ERROR_REPORT) != (errorReport != null)) {
            throw new IllegalArgumentException("errorReport: required for an error report, and only for one");
        }
    }

    /** 纠错: the page and what is wrong with it. */
    public record ErrorReport(String pageUrl, ErrorType errorType) {

        public static final int MAX_URL = 2000;

        public ErrorReport {
            Objects.requireNonNull(errorType, "errorType");
            if (pageUrl == null || pageUrl.length() > MAX_URL || !pageUrl.matches("https?://[^\\s]+")) {
                throw new IllegalArgumentException("pageUrl: an http(s) address of at most " + MAX_URL
                        + " characters");
            }
        }
    }
}
