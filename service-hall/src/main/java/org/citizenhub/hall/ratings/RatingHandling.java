package org.citizenhub.hall.ratings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.history.StepHistory;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.hall.ratings.domain.Channel;
import org.citizenhub.hall.ratings.domain.Rating;
import org.citizenhub.hall.ratings.domain.RatingPolicies;
import org.citizenhub.hall.ratings.domain.RatingRefused;
import org.citizenhub.hall.ratings.domain.RatingRule;
import org.citizenhub.hall.ratings.domain.ReasonCategory;
import org.citizenhub.hall.ratings.domain.Satisfaction;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The use cases of 好差评: one public method each; state, history, audit and events in one transaction. */
@Service
public class RatingHandling {

    static final String RULE_CODE = "hall-rating-rectification";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the rater says. */
    public record RatingInput(int satisfaction, List<String> reasons, String comment, String channel) {
    }

    /** What a visit's registration hands back: the code the citizen rates with, and until when. */
    public record RegisteredVisit(UUID visitId, String visitCode, Instant ratingUntil) {
    }

    private final RatingRepository ratings;
    private final HubCalendar calendar;
    private final HubSites sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RatingsProperties properties;
    private final StepHistory history;
    private final TrackingNumbers numbers;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ObjectProvider<RatableApplications> applications;

    RatingHandling(RatingRepository ratings, HubCalendar calendar, HubSites sites, ApplicationEventPublisher events,
                   Clock clock, RatingsProperties properties, JdbcClient jdbc, JsonMapper json, AuditLog audit,
                   TransactionTemplate transactions, ObjectProvider<RatableApplications> applications) {
        this.ratings = ratings;
        this.calendar = calendar;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.history = new StepHistory(jdbc, "hall_rating_history", "rating_id", json);
        this.numbers = TrackingNumbers.fromSequence(jdbc, "PJ", "hall_rating_serial", clock);
        this.audit = audit;
        this.transactions = transactions;
        this.applications = applications;
    }

    // --- 一次一评 ---------------------------------------------------------------------------------------------------

    /** Staff of the hall's department register a visit they served; the citizen gets its code. */
    @Transactional
    public RegisteredVisit registerVisit(CurrentUser staff, String window, String itemCode, String itemName,
                                         Instant servedAt) {
        Instant now = clock.instant();
        Instant served = servedAt == null ? now : servedAt;
        if (served.isAfter(now)) {
            throw RatingProblem.of(new RatingRefused(RatingRule.UNKNOWN_VALUE, "servedAt", served));
        }
        String department = staff.departmentCode().orElseThrow();
        String code = newCode();
        UUID id = UUID.randomUUID();
        ratings.insertVisit(id, hash(code), department, window, itemCode, itemName, served, staff.subject(), now);
        return new RegisteredVisit(id, code, visitPolicy().lastMoment(served));
    }

    /** A visit rated by its code, once, within the window (the rater may be anonymous: the code is the right). */
    @Transactional
    public Rating rateVisit(String visitCode, RatingInput input, Optional<CurrentUser> rater) {
        Instant now = clock.instant();
        var visit = ratings.visitByCodeHash(hash(normalize(visitCode)))
                .orElseThrow(() -> new HubProblem(RatingProblem.VISIT_NOT_FOUND));
        refusing(() -> visitPolicy().check(visit.servedAt(), visit.rated(), now).ifPresent(r -> { throw r; }));
        var place = new Rating.Place(visit.department(), sites.siteOf(visit.department()).orElse(null),
                visit.itemCode(), visit.itemName(), visit.window(), visit.servedAt());
        return give(Rating.Subject.VISIT, visit.id().toString(), place, input, rater, visit.id(), null, now);
    }

    // --- 一事一评 ---------------------------------------------------------------------------------------------------

    /** An application rated by its applicant after its result, once. */
    @Transactional
    public Rating rateApplication(String applicationNumber, RatingInput input, CurrentUser applicant) {
        Instant now = clock.instant();
        var application = applications.getIfAvailable(() -> RatableApplications.NONE)
                .finished(applicationNumber, applicant.subject())
                .orElseThrow(() -> new HubProblem(RatingProblem.RATABLE_APPLICATION_NOT_FOUND,
                        applicationNumber));
        if (ratings.applicationRated(applicationNumber)) {
            throw new HubProblem(RatingProblem.APPLICATION_ALREADY_RATED,
                    applicationNumber);
        }
        String site = application.site() != null ? application.site()
                : sites.siteOf(application.department()).orElse(null);
        var place = new Rating.Place(application.department(), site, application.itemCode(),
                application.itemName(), null, application.finishedAt());
        return give(Rating.Subject.APPLICATION, applicationNumber, place, input, Optional.of(applicant), null,
                applicationNumber, now);
    }

    private Rating give(Rating.Subject subject, String ref, Rating.Place place, RatingInput input,
                        Optional<CurrentUser> rater, UUID visitId, String applicationNumber, Instant now) {
        WorkingTime time = calendar.workingTime();
        var satisfaction = Satisfaction.ofLevel(input.satisfaction()).orElseThrow(
                () -> RatingProblem.of(new RatingRefused(RatingRule.UNKNOWN_VALUE, "satisfaction",
                        input.satisfaction())));
        Set<ReasonCategory> reasons = new HashSet<>();
        for (String code : input.reasons() == null ? List.<String>of() : input.reasons()) {
            reasons.add(ReasonCategory.ofCode(code).orElseThrow(
                    () -> RatingProblem.of(new RatingRefused(RatingRule.UNKNOWN_VALUE, "reasons", code))));
        }
        var channel = Channel.ofCode(input.channel() == null ? "" : input.channel()).orElseThrow(
                () -> RatingProblem.of(new RatingRefused(RatingRule.UNKNOWN_VALUE, "channel", input.channel())));
        var given = new Rating.Given(UUID.randomUUID(), numbers.next().value(), subject, ref, place, channel,
                satisfaction, reasons, input.comment(), rater.map(CurrentUser::subject).orElse(null), now);
        Rating rating = refusing(() -> Rating.give(given, rectificationRule(), time));
        try {
            ratings.insert(rating, visitId, applicationNumber, time);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the other of two concurrent first ratings won (unique visit_id / application_number)
            throw visitId != null ? RatingProblem.of(new RatingRefused(RatingRule.VISIT_ALREADY_RATED))
                    : new HubProblem(RatingProblem.APPLICATION_ALREADY_RATED, applicationNumber);
        }
        Actor actor = rater.map(u -> new Actor(u.subject(), null, Actor.Role.CITIZEN, null))
                .orElse(new Actor("visit-code", null, Actor.Role.CITIZEN, null));
        history.append(rating.id(), rating.openingSteps(actor));
        events.publishEvent(RatingEvents.RatingGiven.of(rating, ServiceHallApplication.ZONE, clock));
        if (rating.rectification() != null) {
            events.publishEvent(RatingEvents.RectificationOpened.of(rating, ServiceHallApplication.ZONE, clock));
        }
        return rating;
    }

    // --- back office ----------------------------------------------------------------------------------------------

    @Transactional
    public Rating recordFollowUp(CurrentUser staff, String number, boolean reached, String note) {
        return step(staff, number, "hall-rating.follow-up", Map.of("reached", reached),
                (r, actor, now, time) -> r.recordFollowUp(actor, reached, note, now), Actor.Role.HANDLER);
    }

    @Transactional
    public Rating rectify(CurrentUser staff, String number, String measures) {
        Rating rating = step(staff, number, "hall-rating.rectified", Map.of(),
                (r, actor, now, time) -> r.rectify(actor, measures, now, time), Actor.Role.HANDLER);
        events.publishEvent(RatingEvents.RectificationCompleted.of(rating, ServiceHallApplication.ZONE, clock));
        return rating;
    }

    @Transactional
    public Rating close(CurrentUser supervisor, String number, String note) {
        return step(supervisor, number, "hall-rating.rectification-closed", Map.of(),
                (r, actor, now, time) -> r.close(actor, note, now), Actor.Role.SUPERVISOR);
    }

    @Transactional
    public Rating reopen(CurrentUser supervisor, String number, String reason) {
        Rating rating = step(supervisor, number, "hall-rating.rectification-reopened", Map.of(),
                (r, actor, now, time) -> r.reopen(actor, reason, rectificationRule(), now, time),
                Actor.Role.SUPERVISOR);
        events.publishEvent(RatingEvents.RectificationOpened.of(rating, ServiceHallApplication.ZONE, clock));
        return rating;
    }

    @Transactional
    public Rating appeal(CurrentUser staff, String number, String reason) {
        var policy = new RatingPolicies.AppealWithinWorkingDays(properties.appealWorkingDays());
        return step(staff, number, "hall-rating.appealed", Map.of(),
                (r, actor, now, time) -> r.appeal(actor, reason, policy, now, time), Actor.Role.HANDLER);
    }

    @Transactional
    public Rating decideAppeal(CurrentUser supervisor, String number, boolean upheld, String comment) {
        return step(supervisor, number, "hall-rating.appeal-decided", Map.of("upheld", upheld),
                (r, actor, now, time) -> r.decideAppeal(actor, upheld, comment, now, time), Actor.Role.SUPERVISOR);
    }

    /** A rating as staff may see it: 404 outside the caller's departments (site supervisors: their subtree). */
    @Transactional(readOnly = true)
    public Rating staffView(CurrentUser staff, String number) {
        return ratings.findByNumber(number).filter(r -> scope(staff).canSee(r.department()))
                .orElseThrow(() -> new HubProblem(RatingProblem.RATING_NOT_FOUND, number));
    }

    @Transactional(readOnly = true)
    public List<CaseStep> history(Rating rating) {
        return history.read(rating.id());
    }

    @Transactional(readOnly = true)
    public List<Rating> rectifications(CurrentUser staff, String status, int page, int size) {
        DepartmentScope scope = scope(staff);
        if (scope.isEmpty()) {
            return List.of();
        }
        return ratings.rectifications(scope.unrestricted() ? null : scope.departments(), status, page, size);
    }

    /** Supervisors see the departments of their site's subtree (hub-wide: all); a handler their own. */
    DepartmentScope scope(CurrentUser user) {
        return DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites);
    }

    // --- deadlines (platform/casework's DeadlineWatch) -------------------------------------------------------------

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return ratings.dueAnnouncements(now, limit);
    }

    int announce(UUID id, Instant now) {
        Integer made = transactions.execute(status -> {
            var rating = ratings.findById(id).orElse(null);
            if (rating == null) {
                return 0;
            }
            WorkingTime time = calendar.workingTime();
            var ref = new CaseRef("service-hall", "rating-rectification", rating.id().toString(),
                    new TrackingNumber(rating.number()), rating.department())
                    .withSites(rating.given().place().site(), rating.given().place().site());
            var announced = rating.deadlines().announce(ref, now, time, clock);
            announced.events().forEach(events::publishEvent);
            rating.deadlinesAnnounced(announced.deadlines());
            if (!announced.isEmpty()) {
                history.append(rating.id(), announced.events().stream()
                        .map(e -> new CaseStep(e.kind().name(), rating.state(), rating.state(), Actor.SYSTEM, now,
                                Map.of("dueAt", e.data().dueAt().toInstant())))
                        .toList());
            }
            ratings.update(rating, time);
            return announced.events().size();
        });
        return made == null ? 0 : made;
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private interface Step {
        CaseStep apply(Rating rating, Actor actor, Instant now, WorkingTime time);
    }

    private Rating step(CurrentUser user, String number, String auditAction, Map<String, Object> auditDetails,
                        Step step, Actor.Role role) {
        Rating rating = staffView(user, number);
        Actor actor = role == Actor.Role.HANDLER
                ? new Actor(user.subject(), user.username(), Actor.Role.HANDLER, user.department())
                : new Actor(user.subject(), user.username(), role, user.department());
        Instant now = clock.instant();
        WorkingTime time = calendar.workingTime();
        CaseStep done = refusing(() -> step.apply(rating, actor, now, time));
        ratings.update(rating, time);
        history.append(rating.id(), done);
        audit.record(new AuditActor(user.subject(), user.username()), auditAction, "hall-rating", number,
                auditDetails);
        return rating;
    }

    private DeadlineRule<WorkingDays> rectificationRule() {
        return DeadlineRule.of(RULE_CODE, WorkingDays.of(properties.rectificationWorkingDays()),
                WorkingDays.of(properties.rectificationDueSoonWorkingDays()));
    }

    private RatingPolicies.VisitRatedOnceWithin visitPolicy() {
        return new RatingPolicies.VisitRatedOnceWithin(properties.visitRatingWindow());
    }

    private static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (RatingRefused refused) {
            throw RatingProblem.of(refused);
        }
    }

    private static void refusing(Runnable action) {
        refusing(() -> {
            action.run();
            return null;
        });
    }

    private static String newCode() {
        var sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
