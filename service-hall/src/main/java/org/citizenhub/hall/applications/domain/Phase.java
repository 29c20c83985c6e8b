package org.citizenhub.hall.applications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.WorkingDays;

/** The phases of an application, one value object each, holding only what that phase knows. */
public sealed interface Phase {

    /** The status name shown to the applicant and kept in the table's status column. */
    String status();

    /**
     * Received, waiting for the window's pre-review. {@code notice} is the 行政许可法 第三十二条 clock: five working days
     * from receipt to tell the applicant; past it, the application counts as accepted on the day of receipt.
     */
    record PreReview(DeadlineClock<WorkingDays> notice) implements Phase {
        public String status() {
            return "RECEIVED";
        }
    }

    /** 补正: every issue told at once (一次性告知); the notice clock is paused until the applicant corrects. */
    record AwaitingCorrection(List<MaterialIssue> issues, Instant requestedAt, DeadlineClock<WorkingDays> notice)
            implements Phase {
        public AwaitingCorrection {
            issues = List.copyOf(issues);
        }

        public String status() {
            return "CORRECTION_REQUESTED";
        }
    }

    record NotAccepted(String reason, Instant at) implements Phase {
        public String status() {
            return "NOT_ACCEPTED";
        }
    }

    /**
     * Accepted and being reviewed, step by step of the configured process; {@code step} equal to the number of
     * review steps means every review is done and the window decides.
     *
     * @param opinions   the current step's opinions by department
     * @param stepClocks the current step's clock per department (each its own limit)
     * @param pause      the Art 45 pause under way, or null
     */
    record Review(Acceptance acceptance, DeadlineClock<WorkingDays> statutory, int step, Map<String, Opinion> opinions,
                  Map<String, DeadlineClock<WorkingDays>> stepClocks, Pause pause, boolean extended)
            implements Phase {
        public Review {
            Objects.requireNonNull(acceptance, "acceptance");
            opinions = Map.copyOf(opinions);
            stepClocks = Map.copyOf(stepClocks);
        }

        public String status() {
            return pause != null ? "PAUSED" : "UNDER_REVIEW";
        }
    }

    record Decided(Acceptance acceptance, DeadlineClock<WorkingDays> statutory, Outcome outcome, List<String> reasons,
                   Instant at) implements Phase {
        public Decided {
            reasons = List.copyOf(reasons);
        }

        public String status() {
            return outcome == Outcome.GRANTED ? "GRANTED" : "REFUSED";
        }
    }

    /** @param deemed accepted by 行政许可法 第三十二条 because nobody told the applicant in time */
    record Acceptance(Instant acceptedAt, boolean deemed) {
    }

    record Opinion(String department, boolean approves, String reason, String by, Instant at) {
    }

    record Pause(PauseKind kind, String reason, Instant since) {
    }
}
