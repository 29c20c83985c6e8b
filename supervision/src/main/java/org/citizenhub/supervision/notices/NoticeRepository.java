package org.citizenhub.supervision.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.supervision.notices.domain.CaseOnNotice;
import org.citizenhub.supervision.notices.domain.Notice;
import org.citizenhub.supervision.notices.domain.NoticeStep;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices in {@code sv_notice} (what the lists and the jobs query: phase, deadline, escalation, the reply clock for
 * the deadline watch) and their steps in {@code sv_notice_step} (the story, folded back by {@link Notice#restore}).
 * Saving writes the steps a transition added and the header under an optimistic version check.
 */
@Repository
class NoticeRepository {

    /** A notice as stored: the domain value, its reply clock for the deadline watch, its row version. */
    record Stored(Notice notice, CaseDeadlines deadlines, int version) {
    }

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notice notice, String issuedBy, String idempotencyKey, CaseDeadlines deadlines, WorkingTime time) {
        var c = notice.onCase();
        jdbc.sql("""
                insert into sv_notice (id, number, service, case_type, case_id, case_tracking_number, department,
                                       site, issued_by, issued_at, phase, round, reply_due_at, escalated_at,
                                       closed_at, deadlines, next_announcement_at, version, idempotency_key)
                values (:id, :number, :service, :caseType, :caseId, :tn, :department, :site, :issuedBy, :issuedAt,
                        :phase, :round, :due, null, null, cast(:deadlines as jsonb), :next, 0, :key)
                """).param("key", idempotencyKey).param("id", notice.id()).param("number", notice.number()).param("service", c.service())
                .param("caseType", c.caseType()).param("caseId", c.caseId()).param("tn", c.trackingNumber())
                .param("department", c.department()).param("site", c.site()).param("issuedBy", issuedBy)
                .param("issuedAt", ts(notice.issue().at())).param("phase", notice.phase().name())
                .param("round", notice.phase().round()).param("due", ts(notice.replyDueAt().orElse(null)))
                .param("deadlines", deadlines.toJson())
                .param("next", ts(deadlines.nextAnnouncementAt(time).orElse(null))).update();
        insertStep(notice.id(), 1, notice.lastStep());
    }

    /** Writes the steps added since {@code before} was loaded; fails if someone else saved meanwhile. */
    void update(Stored before, Notice after, CaseDeadlines deadlines, WorkingTime time) {
        int changed = jdbc.sql("""
                update sv_notice set phase = :phase, round = :round, reply_due_at = :due, escalated_at = :escalated,
                       closed_at = :closed, deadlines = cast(:deadlines as jsonb), next_announcement_at = :next,
                       version = version + 1
                 where id = :id and version = :version
                """).param("phase", after.phase().name()).param("round", after.phase().round())
                .param("due", ts(after.replyDueAt().orElse(null)))
                .param("escalated", ts(after.escalatedAt().orElse(null)))
                .param("closed", after.isClosed() ? ts(after.lastStep().at()) : null)
                .param("deadlines", deadlines.toJson())
                .param("next", ts(deadlines.nextAnnouncementAt(time).orElse(null)))
                .param("id", after.id()).param("version", before.version()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("notice " + after.number() + " changed meanwhile");
        }
        List<NoticeStep> steps = after.steps();
        for (int seq = before.notice().steps().size() + 1; seq <= steps.size(); seq++) {
            insertStep(after.id(), seq, steps.get(seq - 1));
        }
    }

    Optional<Stored> byNumber(String number) {
        return one("number = :key", number);
    }

    Optional<Stored> byId(UUID id) {
        return one("id = :key", id);
    }

    /** The notice a supervisor issued with this Idempotency-Key, if any. */
    Optional<Stored> byIdempotencyKey(String issuedBy, String key) {
        return jdbc.sql("select * from sv_notice where issued_by = :by and idempotency_key = :key")
                .param("by", issuedBy).param("key", key).query((rs, n) -> restore(rs)).optional();
    }

    /** The open (not accepted) notice on the case, if any. */
    Optional<String> openOn(String service, String caseId) {
        return jdbc.sql("""
                select number from sv_notice where service = :service and case_id = :caseId and closed_at is null
                """).param("service", service).param("caseId", caseId).query(String.class).optional();
    }

    List<Stored> onCase(String service, String caseId) {
        return jdbc.sql("select * from sv_notice where service = :service and case_id = :caseId order by issued_at")
                .param("service", service).param("caseId", caseId).query((rs, n) -> restore(rs)).list();
    }

    /** A supervisor's notices, newest first, optionally in one phase. */
    List<Stored> issuedBy(String subject, String phase, int page, int size) {
        return list("issued_by = :who", subject, phase, false, page, size);
    }

    /** A department's notices, newest first; {@code escalatedOnly} for what the department head has. */
    List<Stored> receivedBy(String department, String phase, boolean escalatedOnly, int page, int size) {
        return list("department = :who", department, phase, escalatedOnly, page, size);
    }

    /** Notices whose reply is overdue at {@code now} and that were never escalated, most overdue first. */
    List<UUID> dueForEscalation(Instant now, int limit) {
        return jdbc.sql("""
                select id from sv_notice where escalated_at is null and reply_due_at < :now
                 order by reply_due_at limit :limit
                """).param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return jdbc.sql("""
                select id from sv_notice where next_announcement_at <= :now
                 order by next_announcement_at limit :limit
                """).param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    /** Locks the notice's row for the rest of the transaction (jobs and people never change it at once). */
    Optional<Stored> lock(UUID id) {
        return jdbc.sql("select id from sv_notice where id = :id for update").param("id", id).query(UUID.class)
                .optional().flatMap(this::byId);
    }

    private List<Stored> list(String who, String key, String phase, boolean escalatedOnly, int page, int size) {
        return jdbc.sql("select * from sv_notice where " + who + """
                 and (cast(:phase as text) is null or phase = :phase)
                 and (not :escalatedOnly or escalated_at is not null)
                 order by issued_at desc, number desc limit :size offset :offset
                """).param("who", key).param("phase", phase).param("escalatedOnly", escalatedOnly)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> restore(rs)).list();
    }

    private Optional<Stored> one(String where, Object key) {
        return jdbc.sql("select * from sv_notice where " + where).param("key", key)
                .query((rs, n) -> restore(rs)).optional();
    }

    private Stored restore(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        var onCase = new CaseOnNotice(rs.getString("service"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("case_tracking_number"), rs.getString("department"), rs.getString("site"));
        List<NoticeStep> steps = jdbc.sql("""
                select * from sv_notice_step where notice_id = :id order by seq
                """).param("id", id).query((s, n) -> new NoticeStep(NoticeStep.Kind.valueOf(s.getString("kind")),
                s.getInt("round"), s.getTimestamp("at").toInstant(), s.getString("actor_subject"),
                s.getString("actor_name"), s.getString("actor_role"), s.getString("text"),
                instant(s.getTimestamp("due_at")), s.getString("target"))).list();
        return new Stored(Notice.restore(id, rs.getString("number"), onCase, steps),
                CaseDeadlines.fromJson(rs.getString("deadlines")), rs.getInt("version"));
    }

    private void insertStep(UUID noticeId, int seq, NoticeStep s) {
        jdbc.sql("""
                insert into sv_notice_step (notice_id, seq, kind, round, at, actor_subject, actor_name, actor_role,
                                            text, due_at, target)
                values (:id, :seq, :kind, :round, :at, :subject, :name, :role, :text, :due, :target)
                """).param("id", noticeId).param("seq", seq).param("kind", s.kind().name())
                .param("round", s.round()).param("at", ts(s.at())).param("subject", s.actorSubject())
                .param("name", s.actorName()).param("role", s.actorRole()).param("text", s.text())
                .param("due", ts(s.dueAt())).param("target", s.target()).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
