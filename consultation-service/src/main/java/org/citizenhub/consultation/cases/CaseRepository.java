package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseStatus;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.consultation.cases.domain.Screening;
import org.citizenhub.consultation.cases.domain.Dispatch;
import org.citizenhub.consultation.cases.domain.Handling;
import org.citizenhub.consultation.cases.domain.Reply;
import org.citizenhub.consultation.cases.domain.Evaluation;
import org.citizenhub.consultation.cases.domain.FollowUp;
import org.citizenhub.consultation.cases.domain.Urging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.history.StepHistory;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.cases.domain.ConsultationCase.State;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases in PostgreSQL, one JSON document per phase beside the columns the queues query, written with plain SQL so
 * the aggregate stays free of persistence. Updates are optimistic: a case changed by someone else since it was read
 * is not overwritten ({@link ConcurrentCaseUpdate}). History goes through platform/casework's {@link StepHistory}.
 */
@Repository
public class CaseRepository {

    /** Raised when the case's version moved on between read and write. */
    public static class ConcurrentCaseUpdate extends RuntimeException {
        ConcurrentCaseUpdate(String trackingNumber) {
            super("Case " + trackingNumber + " was changed by someone else");
        }
    }

    /** The writer's name and contact details; stored sealed, never in the case's phases. */
    public record Contact(String name, String email, String phone) {
    }

    /** How the writer is told: the channel, the sealed details opened, the language. */
    public record Reach(String trackingNumber, ContactChannel channel, Contact contact, String locale) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StepHistory history;
    private final PersonalDataSeal seal;

    CaseRepository(JdbcClient jdbc, JsonMapper json, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.json = json;
        this.seal = seal;
        this.history = new StepHistory(jdbc, "case_history", "case_id", json);
    }

    public long nextSerial() {
        return jdbc.sql("select nextval('case_serial')").query(Long.class).single();
    }

    void insert(ConsultationCase c, Contact contact, ContactChannel channel, String locale, String idempotencyKey,
                WorkingTime time) {
        var s = c.state();
        jdbc.sql("""
                insert into consultation_case (id, tracking_number, writer_id, kind, category, status, site,
                                               dispatch_centre, submitted_at, submission, writer_contact,
                                               contact_channel, locale, idempotency_key, version, updated_at)
                values (:id, :tn, :writer, :kind, :category, :status, :site, :centre, :at, cast(:submission as jsonb),
                        :contact, :channel, :locale, :key, 0, :at)
                """)
                .param("site", s.site())
                .param("id", s.id())
                .param("tn", s.trackingNumber())
                .param("writer", s.writerId())
                .param("kind", s.submission().kind().name())
                .param("category", s.submission().category())
                .param("status", s.status().name())
                .param("centre", s.dispatchCentre())
                .param("at", ts(s.submission().at()))
                .param("submission", json.writeValueAsString(s.submission()))
                .param("contact", contact == null ? null : seal.seal(json.writeValueAsString(contact),
                        s.trackingNumber()))
                .param("channel", channel.name())
                .param("locale", locale)
                .param("key", idempotencyKey)
                .update();
        appendHistory(c);
    }

    /** Stores the case's new state and its history; refuses if the case changed since it was read. */
    void update(ConsultationCase c, Instant now, WorkingTime time) {
        var s = c.state();
        var dispatch = s.dispatch();
        var reply = s.reply();
        var current = c.currentClock();
        int rows = jdbc.sql("""
                update consultation_case set status = :status, lead_department = :lead,
                       co_departments = cast(:co as varchar[]), co_pending = cast(:pending as varchar[]),
                       accepted_at = :acceptedAt, answered_at = :answeredAt, current_deadline = :deadline,
                       current_due_at = :dueAt, current_due_soon_at = :dueSoonAt, next_notice_at = :nextNotice, rating = :rating,
                       followed_up_at = :followedUp, published = :published,
                       screening = cast(:screening as jsonb), dispatch = cast(:dispatch as jsonb),
                       handling = cast(:handling as jsonb), reply = cast(:reply as jsonb),
                       evaluation = cast(:evaluation as jsonb), follow_ups = cast(:followUps as jsonb),
                       urgings = cast(:urgings as jsonb), merged_from = cast(:mergedFrom as jsonb),
                       deadlines = cast(:deadlines as jsonb), reopenings = :reopenings,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """)
                .param("status", s.status().name())
                .param("lead", dispatch == null ? null : dispatch.lead())
                .param("co", array(dispatch == null ? List.of() : dispatch.coDepartments()))
                .param("pending", array(dispatch == null || !s.status().open() ? List.of()
                        : dispatch.pendingCoHandlers()))
                .param("acceptedAt", ts(s.screening() == null || s.screening().outcome() != Screening.Outcome.ACCEPTED
                        ? null : s.screening().at()))
                .param("answeredAt", ts(reply == null || reply.approval() == null ? null : reply.approval().at()))
                .param("deadline", c.currentDeadlineName())
                .param("dueAt", ts(current == null || !s.status().open() ? null : current.dueAt()))
                .param("dueSoonAt", ts(current == null || !s.status().open()
                        || current.state() != org.citizenhub.calendar.DeadlineClock.State.RUNNING ? null
                        : current.dueSoonAt(time)))
                .param("nextNotice", ts(c.nextAnnouncementAt(time)))
                .param("rating", s.evaluation() == null ? null : s.evaluation().rating().name())
                .param("followedUp", ts(s.followUps().isEmpty() ? null : s.followUps().getLast().at()))
                .param("published", reply != null && reply.approval() != null && reply.approval().published())
                .param("screening", jsonOrNull(s.screening()))
                .param("dispatch", jsonOrNull(dispatch))
                .param("handling", jsonOrNull(s.handling()))
                .param("reply", jsonOrNull(reply))
                .param("evaluation", jsonOrNull(s.evaluation()))
                .param("followUps", json.writeValueAsString(s.followUps()))
                .param("urgings", json.writeValueAsString(s.urgings()))
                .param("mergedFrom", json.writeValueAsString(s.mergedFrom()))
                .param("deadlines", s.deadlines().toJson())
                .param("reopenings", s.reopenings())
                .param("now", ts(now))
                .param("id", s.id())
                .param("version", s.version())
                .update();
        if (rows != 1) {
            throw new ConcurrentCaseUpdate(s.trackingNumber());
        }
        appendHistory(c);
    }

    public Optional<ConsultationCase> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select * from consultation_case where tracking_number = :tn")
                .param("tn", trackingNumber).query(this::map).optional();
    }

    /** The case, locked until the transaction ends: a merge target is read and changed under this lock. */
    Optional<ConsultationCase> lockByTrackingNumber(String trackingNumber) {
        return jdbc.sql("select * from consultation_case where tracking_number = :tn for update")
                .param("tn", trackingNumber).query(this::map).optional();
    }

    Optional<ConsultationCase> findById(UUID id) {
        return jdbc.sql("select * from consultation_case where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<ConsultationCase> findByIdempotencyKey(String writerId, String key) {
        return jdbc.sql("select * from consultation_case where writer_id = :writer and idempotency_key = :key")
                .param("writer", writerId).param("key", key).query(this::map).optional();
    }

    /** A citizen's own cases, newest first. */
    List<ConsultationCase> byWriter(String writerId, int page, int size) {
        return jdbc.sql("""
                select * from consultation_case where writer_id = :writer
                 order by submitted_at desc, id limit :size offset :offset
                """)
                .param("writer", writerId).param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /** For the dispatch centre: new cases to screen, accepted ones to dispatch, disputed ones to decide. */
    List<ConsultationCase> screeningQueue(String centre, int page, int size) {
        return list("""
                select * from consultation_case where dispatch_centre = :d
                   and status in ('SUBMITTED', 'ACCEPTED', 'DISPUTED')
                 order by submitted_at, id limit :size offset :offset
                """, centre, page, size);
    }

    /** The cases a department leads, by deadline. */
    List<ConsultationCase> departmentQueue(String department, int page, int size) {
        return list("""
                select * from consultation_case where lead_department = :d
                   and status in ('HANDLING', 'AWAITING_CITIZEN', 'IN_REVIEW')
                 order by current_due_at nulls last, submitted_at, id limit :size offset :offset
                """, department, page, size);
    }

    /** The cases where a department still owes its co-handling part. */
    List<ConsultationCase> coHandlingQueue(String department, int page, int size) {
        return list("""
                select * from consultation_case where :d = any(co_pending)
                 order by submitted_at, id limit :size offset :offset
                """, department, page, size);
    }

    /**
     * Replies waiting for review in the cases a reviewer of {@code department} may see (see CaseHandling.mayAct):
     * those of the department (null: none), and with a site claim those of the site's subtree.
     */
    List<ConsultationCase> reviewQueue(String department, CaseSites.Subtree subtree, int page, int size) {
        return jdbc.sql("""
                select * from consultation_case where status = 'IN_REVIEW'
                   and ((dispatch_centre = :d or lead_department = :d or :d = any(co_departments))
                        or """ + SUBTREE + """
                       )
                 order by current_due_at nulls last, id limit :size offset :offset
                """)
                .param("d", department)
                .params(subtreeParams(subtree))
                .param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /**
     * 回访 queue: closed cases rated unsatisfied and not followed up since, and answered cases left unrated since
     * {@code unratedSince}.
     */
    List<ConsultationCase> followUpQueue(String centre, Instant unratedSince, int page, int size) {
        return jdbc.sql("""
                select * from consultation_case where dispatch_centre = :d
                   and ((status = 'CLOSED' and rating = 'UNSATISFIED' and followed_up_at is null)
                     or (status = 'ANSWERED' and rating is null and answered_at <= :since))
                 order by answered_at, id limit :size offset :offset
                """)
                .param("d", centre).param("since", ts(unratedSince))
                .param("size", size).param("offset", (long) page * size).query(this::map).list();
    }

    /**
     * Open cases whose own deadline is past ({@code overdue}) or within the warning: of every department, or with
     * a site claim of the site's subtree (submitted there, or led or co-handled by one of its departments).
     */
    List<ConsultationCase> supervisionQueue(Instant now, boolean overdue, CaseSites.Subtree subtree, int page,
                                            int size) {
        String condition = overdue ? "current_due_at < :now"
                : "current_due_at >= :now and current_due_soon_at <= :now";
        String scope = subtree == null ? "" : " and " + SUBTREE;
        return jdbc.sql("select * from consultation_case where status in ('ACCEPTED', 'HANDLING', 'DISPUTED', "
                        + "'IN_REVIEW') and " + condition + scope
                        + " order by current_due_at, id limit :size offset :offset")
                .param("now", ts(now)).params(subtree == null ? Map.of() : subtreeParams(subtree))
                .param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    /**
     * A site subtree's cases: submitted on one of its sites (a case of no stored site is the root's), or led or
     * co-handled by one of its departments; false for no subtree (empty arrays).
     */
    private static final String SUBTREE = """
            (coalesce(site, cast(:root as varchar)) = any(cast(:sites as varchar[]))
                 or lead_department = any(cast(:departments as varchar[]))
                 or co_departments && cast(:departments as varchar[]))""";

    private static Map<String, Object> subtreeParams(CaseSites.Subtree subtree) {
        var params = new java.util.HashMap<String, Object>();
        params.put("root", subtree == null ? null : subtree.root());
        params.put("sites", subtree == null ? new String[0] : subtree.sites().toArray(String[]::new));
        params.put("departments", subtree == null ? new String[0]
                : subtree.departments().departments().toArray(String[]::new));
        return params;
    }

    /** Ids of cases with a deadline announcement due (for platform/casework's DeadlineWatch). */
    List<UUID> dueAnnouncements(Instant now, int limit) {
        return jdbc.sql("""
                select id from consultation_case where next_notice_at <= :now order by next_notice_at limit :limit
                """).param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    /** How to reach the writer of the case. */
    public Reach reach(UUID id) {
        return jdbc.sql("""
                select tracking_number, contact_channel, writer_contact, locale from consultation_case where id = :id
                """).param("id", id).query((rs, i) -> {
                    String tn = rs.getString("tracking_number");
                    String sealed = rs.getString("writer_contact");
                    Contact contact = sealed == null ? new Contact(null, null, null)
                            : json.readValue(seal.open(sealed, tn), Contact.class);
                    return new Reach(tn, ContactChannel.valueOf(rs.getString("contact_channel")), contact,
                            rs.getString("locale"));
                }).single();
    }

    public Reach reach(String trackingNumber) {
        UUID id = jdbc.sql("select id from consultation_case where tracking_number = :tn").param("tn", trackingNumber)
                .query(UUID.class).single();
        return reach(id);
    }

    public List<CaseStep> history(UUID caseId) {
        return history.read(caseId);
    }

    private List<ConsultationCase> list(String sql, String department, int page, int size) {
        return jdbc.sql(sql).param("d", department).param("size", size).param("offset", (long) page * size)
                .query(this::map).list();
    }

    private void appendHistory(ConsultationCase c) {
        history.append(c.id(), c.changes().stream()
                .map(ch -> new CaseStep(ch.action().name(), ch.from() == null ? null : ch.from().name(),
                        ch.to().name(), ch.actor(), ch.at(), ch.details()))
                .toList());
    }

    private ConsultationCase map(ResultSet rs, int row) throws SQLException {
        return ConsultationCase.restore(new State(
                rs.getObject("id", UUID.class),
                rs.getString("tracking_number"),
                rs.getString("writer_id"),
                rs.getString("site"),
                rs.getString("dispatch_centre"),
                json.readValue(rs.getString("submission"), Submission.class),
                CaseStatus.valueOf(rs.getString("status")),
                read(rs, "screening", Screening.class),
                read(rs, "dispatch", Dispatch.class),
                read(rs, "handling", Handling.class),
                read(rs, "reply", Reply.class),
                read(rs, "evaluation", Evaluation.class),
                json.readValue(rs.getString("follow_ups"), new TypeReference<List<FollowUp>>() { }),
                json.readValue(rs.getString("urgings"), new TypeReference<List<Urging>>() { }),
                rs.getInt("reopenings"),
                json.readValue(rs.getString("merged_from"), new TypeReference<List<String>>() { }),
                deadlines(rs.getString("deadlines")),
                rs.getLong("version")));
    }

    private static CaseDeadlines deadlines(String stored) {
        return stored == null ? CaseDeadlines.none() : CaseDeadlines.fromJson(stored);
    }

    private <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : json.readValue(value, type);
    }

    private String jsonOrNull(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
