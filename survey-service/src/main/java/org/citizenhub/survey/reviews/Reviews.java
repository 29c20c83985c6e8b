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
import org.citizenhub.web.problem.HubProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public reviews (网上评议): a site's periodic appraisal of its departments. Each identity rates once per review (a
 * score 1–5 per department); the results per department are published when the period ends.
 */
@Service
public class Reviews {

    public record Review(UUID id, String site, String title, String description, OffsetDateTime opensAt,
                         OffsetDateTime closesAt, List<String> departments) {
    }

    /** One department's result: how many rated it, the average score and the share of 4 and 5. */
    public record DepartmentResult(String department, long ratings, double averageScore, double satisfiedRate) {
    }

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final Clock clock;

    Reviews(JdbcClient jdbc, HubSites sites, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Review open(String site, String title, String description, Instant opensAt, Instant closesAt,
                       Set<String> departments, AuditActor admin) {
        if (!opensAt.isBefore(closesAt) || departments.isEmpty() || departments.stream()
                .anyMatch(d -> !site.equals(sites.siteOf(d).orElse(null)))) {
            throw new HubProblem(ReviewProblem.INVALID_REVIEW);
        }
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
        return jdbc.sql("select * from survey_review where id = ?").param(id)
                .query((rs, n) -> new Review(rs.getObject("id", UUID.class), rs.getString("site"),
                        rs.getString("title"), rs.getString("description"), odt(rs.getTimestamp("opens_at")),
                        odt(rs.getTimestamp("closes_at")), List.of())).optional()
                .map(r -> new Review(r.id(), r.site(), r.title(), r.description(), r.opensAt(), r.closesAt(),
                        jdbc.sql("select department from survey_review_department where review_id = ? order by 1")
                                .param(id).query(String.class).list()));
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
        Review r = find(reviewId).orElseThrow(() -> new HubProblem(ReviewProblem.REVIEW_NOT_FOUND, reviewId));
        Instant now = clock.instant();
        if (now.isBefore(r.opensAt().toInstant()) || !now.isBefore(r.closesAt().toInstant())) {
            throw new HubProblem(ReviewProblem.REVIEW_NOT_OPEN, local(r.opensAt()), local(r.closesAt()));
        }
        if (!scores.keySet().equals(Set.copyOf(r.departments()))
                || scores.values().stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new HubProblem(ReviewProblem.SCORES_DO_NOT_MATCH, String.join(", ", r.departments()));
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into survey_review_rating (id, review_id, subject, rated_at) values (?, ?, ?, ?)
                        on conflict (review_id, subject) do nothing""")
                .params(id, reviewId, subject, Timestamp.from(now)).update();
        if (inserted == 0) {
            throw new HubProblem(ReviewProblem.ALREADY_RATED);
        }
        scores.forEach((department, score) -> jdbc.sql(
                        "insert into survey_review_score (rating_id, department, score) values (?, ?, ?)")
                .params(id, department, score).update());
        return id;
    }

    /** Per department, once the period has ended (no running tally that would steer later raters). */
    public List<DepartmentResult> results(UUID reviewId) {
        Review r = find(reviewId).orElseThrow(() -> new HubProblem(ReviewProblem.REVIEW_NOT_FOUND, reviewId));
        if (clock.instant().isBefore(r.closesAt().toInstant())) {
            throw new HubProblem(ReviewProblem.RESULTS_NOT_YET_PUBLISHED, local(r.closesAt()));
        }
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

    private static OffsetDateTime odt(Timestamp t) {
        return t.toInstant().atZone(SurveyApplication.ZONE).toOffsetDateTime();
    }

    private static String local(OffsetDateTime t) {
        return t.toLocalDateTime().toString().replace('T', ' ');
    }
}
