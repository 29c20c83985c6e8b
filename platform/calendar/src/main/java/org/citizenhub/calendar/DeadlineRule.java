package org.citizenhub.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A time limit in working days, with the warning threshold: the clock is {@link DeadlineStatus#DUE_SOON} once no
 * more than {@code dueSoonWorkingDays} of working time remain.
 *
 * @param code stable name of the rule (e.g. {@code error-report-reply}), kept with every clock started by it
 */
public record DeadlineRule(String code, int workingDays, int dueSoonWorkingDays) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int LONGEST = 365;

    public DeadlineRule {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A rule code is lower-case letters, digits and '-': " + code);
        }
        if (workingDays < 1 || workingDays > LONGEST) {
            throw new IllegalArgumentException("A rule allows 1–" + LONGEST + " working days, not " + workingDays);
        }
        if (dueSoonWorkingDays < 0 || dueSoonWorkingDays > workingDays) {
            throw new IllegalArgumentException("The due-soon threshold must be 0–" + workingDays
                    + " working days, not " + dueSoonWorkingDays);
        }
    }

    /** A rule that warns when one working day remains. */
    public static DeadlineRule of(String code, int workingDays) {
        return new DeadlineRule(code, workingDays, 1);
    }

    public DeadlineRule withDueSoonWorkingDays(int days) {
        return new DeadlineRule(code, workingDays, days);
    }
}
