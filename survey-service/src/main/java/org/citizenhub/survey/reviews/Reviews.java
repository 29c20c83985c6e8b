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
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.survey.SurveyApplication;
import org.citizenhub.survey.reviews.domain.Refusal;
import org.citizenhub.survey.reviews.domain.ReviewPeriod;
import org.citizenhub.survey.reviews.domain.ReviewPhase;
import org.citizenhub.survey.reviews.domain.ReviewPolicies;
import org.citizenhub.web.problem.HubProblem;
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

    /** One department's result: how many rated it, the average score and the share of 4 and 5. */
    public record DepartmentResult(String department, long ratings, double averageScore, double satisfiedRate) {
    }

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final Clock clock;
    private final ReviewPolicies policies = new ReviewPolicies(SurveyApplication.ZONE);

    Reviews(JdbcClient jdbc, HubSites sites, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
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
                        List.of(), Optional.empty())).optional()
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

    /** One rating per identity: the unique constraint decides when two requests race. */
    @Transactional
    public UUID rate(UUID reviewId, String subject, Map<String, Integer> scores) {
        Stored r = existing(reviewId);
        Instant now = clock.instant();
        enforce(policies.rating(r.phaseAt(now)));
        enforce(policies.scores(scores, r.departments()));
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
                        "insert into survey_review_score (rating_id, department, score) values (?, ?, ?)")
                .params(id, department, score).update());
        return id;
    }

    /** Per department, once the period has ended (no running tally that would steer later raters). */
    public List<DepartmentResult> results(UUID reviewId) {
        enforce(policies.results(existing(reviewId).phaseAt(clock.instant())));
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
                        Math.round(rs.getDouble("satisfied") * 10) / 10.0)).list();
    }

    private static OffsetDateTime odt(Instant t) {
        return t.atZone(SurveyApplication.ZONE).toOffsetDateTime();
    }
}
