package org.citizenhub.survey.reviews;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.privacy.PersonalDataMasker;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.SurveyApplication;
import org.citizenhub.survey.reviews.domain.Refusal;
import org.citizenhub.survey.reviews.domain.ReviewPeriod;
import org.citizenhub.survey.reviews.domain.ReviewPhase;
import org.citizenhub.survey.reviews.domain.ReviewPolicies;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public reviews (网上评议): a site's periodic appraisal of its departments. Each identity rates once per review (a
 * score 1–5 per department); the results per department are published when the period ends. Where a review stands
 * is its {@link ReviewPhase}; what may happen in it, the named {@link ReviewPolicies}, whose refusals are answered
 * with the {@link ReviewProblem} of their rule.
 */
@Service
public class Reviews {

    /** A review as everyone sees it (the public JSON); {@code phase} names its {@link ReviewPhase}. */
    public record Review(UUID id, String site, String title, String description, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, List<String> departments, String phase) {
    }

    /** A review as stored: what never changes, and the facts from which its phase follows at a given time. */
    record Stored(UUID id, String site, String title, String description, ReviewPeriod period,
                  List<String> departments, Optional<Instant> resultsPublishedAt) {

        ReviewPhase phaseAt(Instant now) {
            return ReviewPhase.at(period, resultsPublishedAt, now);
        }

        Review view(Instant now) {
            return new Review(id, site, title, description, odt(period.opensAt()), odt(period.closesAt()),
                    departments, phaseAt(now).name());
        }
    }

    /**
     * One department's result: how many rated it, the average score, the share of 4 and 5, and the raters' comments
     * on it (masked, in no particular order: the order of rating would say who wrote what to anyone watching).
     */
    public record DepartmentResult(String department, long ratings, double averageScore, double satisfiedRate,
                                   List<String> comments) {
    }

    /** Who publishes results in the audit log: the service itself, at the end of the period. */
    static final AuditActor PUBLISHER = new AuditActor("system", "survey-service");

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ReviewPolicies policies = new ReviewPolicies(SurveyApplication.ZONE);
    private final PersonalDataMasker masker = PersonalDataMasker.standard();

    Reviews(JdbcClient jdbc, HubSites sites, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Review open(String site, String title, String description, Instant opensAt, Instant closesAt,
                       Set<String> departments, AuditActor admin) {
        enforce(policies.periodAndDepartmentsFit(new ReviewPeriod(opensAt, closesAt), departments,
                d -> site.equals(sites.siteOf(d).orElse(null))));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into survey_review (id, site, title, description, opens_at, closes_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, site, title, description, Timestamp.from(opensAt), Timestamp.from(closesAt),
                        Timestamp.from(clock.instant())).update();
        for (String d : new TreeSet<>(departments)) {
            jdbc.sql("insert into survey_review_department (review_id, department) values (?, ?)").params(id, d)
                    .update();
        }
        audit.record(admin, "survey.review.opened", "survey-review", id.toString(),
                Map.of("site", site, "title", title, "departments", new TreeSet<>(departments)));
        return find(id).orElseThrow();
    }

    public Optional<Review> find(UUID id) {
        Instant now = clock.instant();
        return stored(id).map(r -> r.view(now));
    }

    private Optional<Stored> stored(UUID id) {
        return jdbc.sql("select * from survey_review where id = ?").param(id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("site"),
                        rs.getString("title"), rs.getString("description"),
                        new ReviewPeriod(rs.getTimestamp("opens_at").toInstant(),
                                rs.getTimestamp("closes_at").toInstant()),
                        List.of(), instant(rs.getTimestamp("results_published_at")))).optional()
                .map(r -> new Stored(r.id(), r.site(), r.title(), r.description(), r.period(),
                        jdbc.sql("select department from survey_review_department where review_id = ? order by 1")
                                .param(id).query(String.class).list(), r.resultsPublishedAt()));
    }

    private Stored existing(UUID id) {
        return stored(id).orElseThrow(() -> new HubProblem(ReviewProblem.REVIEW_NOT_FOUND, id));
    }

    private static void enforce(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new HubProblem(ReviewProblem.of(r.rule()), r.args().toArray());
        });
    }

    public List<Review> ofSites(Set<String> siteCodes) {
        if (siteCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from survey_review where site in (:sites) order by closes_at desc")
                .param("sites", siteCodes).query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * One rating per identity: the unique constraint decides when two requests race. Comments (optional, per
     * reviewed department) are masked before they are stored: they are published with the results, and the raw
     * text is of use to nobody.
     */
    @Transactional
    public UUID rate(UUID reviewId, String subject, Map<String, Integer> scores, Map<String, String> comments) {
        Stored r = existing(reviewId);
        Instant now = clock.instant();
        enforce(policies.rating(r.phaseAt(now)));
        enforce(policies.scores(scores, r.departments()));
        enforce(policies.comments(comments, r.departments()));
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into survey_review_rating (id, review_id, subject, rated_at) values (?, ?, ?, ?)
                        on conflict (review_id, subject) do nothing""")
                .params(id, reviewId, subject, Timestamp.from(now)).update();
        if (inserted == 0) {
            // one-rating-per-identity, decided by the unique constraint
            throw new HubProblem(ReviewProblem.ALREADY_RATED);
        }
        scores.forEach((department, score) -> jdbc.sql(
                        "insert into survey_review_score (rating_id, department, score, comment) values (?, ?, ?, ?)")
                .params(id, department, score, masked(comments.get(department))).update());
        return id;
    }

    /** Per department, once the period has ended (no running tally that would steer later raters). */
    public List<DepartmentResult> results(UUID reviewId) {
        enforce(policies.results(existing(reviewId).phaseAt(clock.instant())));
        return tally(reviewId);
    }

    /**
     * Publishes the results of a review whose period has ended, once (the conditional update lets one caller
     * through), with the event {@code results-published}; false if it was not due or already published.
     */
    @Transactional
    public boolean publishResults(UUID reviewId) {
        Stored r = existing(reviewId);
        if (!(r.phaseAt(clock.instant()) instanceof ReviewPhase.Closed)) {
            return false;
        }
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        update survey_review set results_published_at = ?
                        where id = ? and results_published_at is null""")
                .params(Timestamp.from(now), reviewId).update();
        if (claimed == 0) {
            return false;
        }
        List<DepartmentResult> results = tally(reviewId);
        long ratings = jdbc.sql("select count(*) from survey_review_rating where review_id = ?").param(reviewId)
                .query(Long.class).single();
        audit.record(PUBLISHER, "survey.review.results-published", "survey-review", reviewId.toString(),
                Map.of("ratings", ratings, "departments", results.size()));
        events.publishEvent(ReviewEvents.ResultsPublished.of(r.view(now), odt(now), ratings, results, clock));
        return true;
    }

    /** The reviews whose period has ended and whose results are not yet published, oldest first. */
    List<UUID> dueForPublication(int limit) {
        return jdbc.sql("""
                        select id from survey_review where results_published_at is null and closes_at <= ?
                        order by closes_at limit ?""")
                .params(Timestamp.from(clock.instant()), limit).query(UUID.class).list();
    }

    private List<DepartmentResult> tally(UUID reviewId) {
        Map<String, List<String>> comments = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.department, s.comment from survey_review_score s
                        join survey_review_rating g on g.id = s.rating_id
                        where g.review_id = ? and s.comment is not null order by s.department, s.comment""")
                .param(reviewId)
                .query((rs, n) -> comments.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql("""
                        select d.department, count(s.score) ratings, coalesce(avg(s.score), 0) average,
                               coalesce(100.0 * count(*) filter (where s.score >= 4) / nullif(count(s.score), 0), 0) satisfied
                        from survey_review_department d
                        left join survey_review_rating g on g.review_id = d.review_id
                        left join survey_review_score s on s.rating_id = g.id and s.department = d.department
                        where d.review_id = ?
                        group by d.department order by average desc, d.department""")
                .param(reviewId)
                .query((rs, n) -> new DepartmentResult(rs.getString("department"), rs.getLong("ratings"),
                        Math.round(rs.getDouble("average") * 100) / 100.0,
                        Math.round(rs.getDouble("satisfied") * 10) / 10.0,
                        List.copyOf(comments.getOrDefault(rs.getString("department"), List.of())))).list();
    }

    private String masked(String comment) {
        return comment == null || comment.isBlank() ? null : masker.maskText(comment.strip(), List.of());
    }

    private static Optional<Instant> instant(Timestamp t) {
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    private static OffsetDateTime odt(Instant t) {
        return t.atZone(SurveyApplication.ZONE).toOffsetDateTime();
    }
}
