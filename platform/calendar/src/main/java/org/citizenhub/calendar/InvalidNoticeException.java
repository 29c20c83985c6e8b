package org.citizenhub.calendar;

import java.util.List;

/** A holiday notice that cannot be loaded; nothing was changed. */
public class InvalidNoticeException extends RuntimeException {

    private final List<ScheduleViolation> violations;

    public InvalidNoticeException(List<ScheduleViolation> violations) {
        super("Holiday notice refused: " + violations.stream().map(ScheduleViolation::message).toList());
        this.violations = List.copyOf(violations);
    }

    public List<ScheduleViolation> violations() {
        return violations;
    }
}
