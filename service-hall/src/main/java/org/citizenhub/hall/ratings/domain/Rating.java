package org.citizenhub.hall.ratings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.history.CaseStep;

/**
 * One rating (好差评) of a visit to a hall window (一次一评) or of an application after its result (一事一评), with
 * what followed it: for a bad rating the rectification (回访整改) by the department, and the department's appeal
 * (申诉复核). Each phase is its own value; the aggregate checks state and actor and returns the step for the
 * history. A rating is never deleted or changed: an upheld appeal only excludes it from the statistics.
 */
public final class Rating {

    public static final String RECTIFICATION_CLOCK = "rectification";

    public enum Subject { VISIT, APPLICATION }

    /** Where and for what the service was given. */
    public record Place(String department, String site, String itemCode, String itemName, String window,
                        Instant servedAt) {
        public Place {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(itemCode, "itemCode");
            Objects.requireNonNull(servedAt, "servedAt");
        }
    }

    /** The rating as the rater gave it. {@code raterSubject} is the token's subject, null for a rating by code. */
    public record Given(UUID id, String number, Subject subject, String subjectRef, Place place, Channel channel,
                        Satisfaction satisfaction, Set<ReasonCategory> reasons, String comment, String raterSubject,
                        Instant ratedAt) {
        public Given {
            reasons = Set.copyOf(reasons);
        }
    }

    public enum RectificationStatus { OPEN, RECTIFIED, CLOSED }

    public record FollowUp(boolean reached, String note, String by, Instant at) {
    }

    public record Rectified(String measures, String by, Instant at, boolean onTime) {
    }

    public record Closure(String note, String by, Instant at, boolean byAppeal) {
    }

    /** 回访整改 of a bad rating; {@code openedAt} is also when its clock started. */
    public record Rectification(RectificationStatus status, Instant openedAt, int reopened, FollowUp followUp,
                                Rectified rectified, Closure closure) {
        Rectification with(RectificationStatus s, FollowUp f, Rectified r, Closure c) {
            return new Rectification(s, openedAt, reopened, f, r, c);
        }
    }

    public enum AppealStatus { FILED, UPHELD, REJECTED }

    public record Decision(boolean upheld, String comment, String by, Instant at) {
    }

    public record Appeal(AppealStatus status, String reason, String by, Instant at, Decision decision) {
    }

    private final Given given;
    private Rectification rectification;
    private Appeal appeal;
    private CaseDeadlines deadlines;
    private final int version;

    public Rating(Given given, Rectification rectification, Appeal appeal, CaseDeadlines deadlines, int version) {
        this.given = Objects.requireNonNull(given);
        this.rectification = rectification;
        this.appeal = appeal;
        this.deadlines = deadlines == null ? CaseDeadlines.none() : deadlines;
        this.version = version;
    }

    /**
     * A new rating, checked by {@link RatingPolicies.BelowSatisfiedNeedsReasonsAndText}; a bad one opens its
     * rectification with a clock of {@code rectificationRule}. Returns the rating; its steps are {@link #given()}'s
     * "RATED" and, for a bad one, "RECTIFICATION_OPENED" (see {@link #openingSteps(Actor)}).
     */
    public static Rating give(Given given, DeadlineRule<WorkingDays> rectificationRule, WorkingTime time) {
        RatingPolicies.BelowSatisfiedNeedsReasonsAndText
                .check(given.satisfaction(), given.reasons(), given.comment())
                .ifPresent(r -> { throw r; });
        String comment = given.comment() == null || given.comment().isBlank() ? null : given.comment().strip();
        var g = new Given(given.id(), given.number(), given.subject(), given.subjectRef(), given.place(),
                given.channel(), given.satisfaction(), given.reasons(), comment, given.raterSubject(),
                given.ratedAt());
        if (!g.satisfaction().bad()) {
            return new Rating(g, null, null, CaseDeadlines.none(), 0);
        }
        var clock = DeadlineClock.start(rectificationRule, g.ratedAt(), "system", time);
        return new Rating(g, new Rectification(RectificationStatus.OPEN, g.ratedAt(), 0, null, null, null), null,
                CaseDeadlines.none().start(RECTIFICATION_CLOCK, clock), 0);
    }

    /** The history of a new rating. */
    public List<CaseStep> openingSteps(Actor rater) {
        var steps = new ArrayList<CaseStep>();
        var details = new LinkedHashMap<String, Object>();
        details.put("satisfaction", given.satisfaction().level());
        details.put("channel", given.channel().code());
        details.put("reasons", given.reasons().stream().map(ReasonCategory::code).sorted().toList());
        steps.add(new CaseStep("RATED", null, "RATED", rater, given.ratedAt(), details));
        if (rectification != null) {
            steps.add(new CaseStep("RECTIFICATION_OPENED", "RATED", RectificationStatus.OPEN.name(), Actor.SYSTEM,
                    given.ratedAt(), Map.of("dueAt", rectificationDueAt().orElseThrow())));
        }
        return steps;
    }

    // --- rectification (回访整改) -------------------------------------------------------------------------------

    /** The department's follow-up call (回访) to the rater; may be recorded again while the task is open. */
    public CaseStep recordFollowUp(Actor staff, boolean reached, String note, Instant now) {
        requireDepartmentHandler(staff);
        requireRectification("follow-up", RectificationStatus.OPEN);
        String n = RatingPolicies.note("note", note);
        rectification = rectification.with(RectificationStatus.OPEN, new FollowUp(reached, n, staff.id(), now), null,
                null);
        return new CaseStep("FOLLOWED_UP", "OPEN", "OPEN", staff, now, Map.of("reached", reached));
    }

    /** The department's rectification (整改); stops the clock and records whether it was on time. */
    public CaseStep rectify(Actor staff, String measures, Instant now, WorkingTime time) {
        requireDepartmentHandler(staff);
        requireRectification("rectified", RectificationStatus.OPEN);
        if (rectification.followUp() == null) {
            throw new RatingRefused(RatingRule.RATING_NOT_IN_STATE, "rectified", "no follow-up call recorded");
        }
        String m = RatingPolicies.note("measures", measures);
        boolean onTime = !now.isAfter(rectificationDueAt().orElseThrow());
        deadlines = deadlines.update(RECTIFICATION_CLOCK, c -> c.stop(now, staff.id(), time));
        rectification = rectification.with(RectificationStatus.RECTIFIED, rectification.followUp(),
                new Rectified(m, staff.id(), now, onTime), null);
        return new CaseStep("RECTIFIED", "OPEN", "RECTIFIED", staff, now, Map.of("onTime", onTime));
    }

    /** A supervisor accepts the rectification. */
    public CaseStep close(Actor supervisor, String note, Instant now) {
        requireSupervisor(supervisor);
        requireRectification("close", RectificationStatus.RECTIFIED);
        String n = RatingPolicies.note("note", note);
        rectification = rectification.with(RectificationStatus.CLOSED, rectification.followUp(),
                rectification.rectified(), new Closure(n, supervisor.id(), now, false));
        return new CaseStep("RECTIFICATION_CLOSED", "RECTIFIED", "CLOSED", supervisor, now, Map.of());
    }

    /**
     * A supervisor finds the rectification insufficient: the task is open again with a fresh limit from now
     * (the previous follow-up and measures stay in the history).
     */
    public CaseStep reopen(Actor supervisor, String reason, DeadlineRule<WorkingDays> rule, Instant now,
                           WorkingTime time) {
        requireSupervisor(supervisor);
        if (rectification == null || rectification.status() == RectificationStatus.OPEN
                || rectification.closure() != null && rectification.closure().byAppeal()) {
            throw new RatingRefused(RatingRule.RATING_NOT_IN_STATE, "reopen", state());
        }
        String r = RatingPolicies.note("reason", reason);
        String from = rectification.status().name();
        deadlines = deadlines.start(RECTIFICATION_CLOCK, DeadlineClock.start(rule, now, supervisor.id(), time));
        rectification = new Rectification(RectificationStatus.OPEN, now, rectification.reopened() + 1, null, null,
                null);
        var details = new LinkedHashMap<String, Object>();
        details.put("reason", r);
        details.put("dueAt", rectificationDueAt().orElseThrow());
        return new CaseStep("RECTIFICATION_REOPENED", from, "OPEN", supervisor, now, details);
    }

    // --- appeal (申诉复核) ----------------------------------------------------------------------------------------

    /** The department appeals a bad rating it holds malicious. */
    public CaseStep appeal(Actor staff, String reason, RatingPolicies.AppealWithinWorkingDays policy, Instant now,
                           WorkingTime time) {
        requireDepartmentHandler(staff);
        if (!given.satisfaction().bad()) {
            throw new RatingRefused(RatingRule.RATING_NOT_IN_STATE, "appeal", given.satisfaction().label());
        }
        policy.check(given.ratedAt(), appeal != null, now, time).ifPresent(r -> { throw r; });
        String r = RatingPolicies.note("reason", reason);
        appeal = new Appeal(AppealStatus.FILED, r, staff.id(), now, null);
        return new CaseStep("APPEALED", state(), "APPEAL_FILED", staff, now, Map.of());
    }

    /**
     * A supervisor decides: upheld, the rating no longer counts in statistics (kept for the record) and its
     * rectification ends; rejected, everything stays as it was.
     */
    public CaseStep decideAppeal(Actor supervisor, boolean upheld, String comment, Instant now, WorkingTime time) {
        requireSupervisor(supervisor);
        if (appeal == null || appeal.status() != AppealStatus.FILED) {
            throw new RatingRefused(RatingRule.RATING_NOT_IN_STATE, "decide-appeal", state());
        }
        String c = RatingPolicies.note("comment", comment);
        appeal = new Appeal(upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED, appeal.reason(), appeal.by(),
                appeal.at(), new Decision(upheld, c, supervisor.id(), now));
        if (upheld && rectification != null && rectification.status() == RectificationStatus.OPEN) {
            deadlines = deadlines.update(RECTIFICATION_CLOCK, k -> k.stop(now, supervisor.id(), time));
            rectification = rectification.with(RectificationStatus.CLOSED, rectification.followUp(), null,
                    new Closure(c, supervisor.id(), now, true));
        }
        return new CaseStep(upheld ? "APPEAL_UPHELD" : "APPEAL_REJECTED", "APPEAL_FILED", appeal.status().name(),
                supervisor, now, Map.of());
    }

    // --- deadlines ------------------------------------------------------------------------------------------------

    /** Stores the announcement flags after the watch announced. */
    public void deadlinesAnnounced(CaseDeadlines announced) {
        this.deadlines = announced;
    }

    // --- reading --------------------------------------------------------------------------------------------------

    /** Whether statistics leave this rating out: an appeal against it was upheld. */
    public boolean excluded() {
        return appeal != null && appeal.status() == AppealStatus.UPHELD;
    }

    /** RATED, the rectification's status, or APPEAL_FILED / EXCLUDED. */
    public String state() {
        if (excluded()) {
            return "EXCLUDED";
        }
        if (appeal != null && appeal.status() == AppealStatus.FILED) {
            return "APPEAL_FILED";
        }
        return rectification == null ? "RATED" : rectification.status().name();
    }

    public Optional<Instant> rectificationDueAt() {
        return deadlines.get(RECTIFICATION_CLOCK).map(d -> d.clock().dueAt());
    }

    public Given given() {
        return given;
    }

    public UUID id() {
        return given.id();
    }

    public String number() {
        return given.number();
    }

    public String department() {
        return given.place().department();
    }

    public Rectification rectification() {
        return rectification;
    }

    public Appeal appeal() {
        return appeal;
    }

    public CaseDeadlines deadlines() {
        return deadlines;
    }

    public int version() {
        return version;
    }

    public String reasonCodes() {
        return given.reasons().stream().map(ReasonCategory::code).sorted().collect(Collectors.joining(","));
    }

    private void requireDepartmentHandler(Actor staff) {
        if (!staff.isHandlerOf(department())) {
            throw new RatingRefused(RatingRule.NOT_PERMITTED);
        }
    }

    private static void requireSupervisor(Actor actor) {
        if (actor.role() != Actor.Role.SUPERVISOR) {
            throw new RatingRefused(RatingRule.NOT_PERMITTED);
        }
    }

    private void requireRectification(String step, RectificationStatus expected) {
        if (rectification == null || rectification.status() != expected) {
            throw new RatingRefused(RatingRule.RATING_NOT_IN_STATE, step, state());
        }
    }
}
