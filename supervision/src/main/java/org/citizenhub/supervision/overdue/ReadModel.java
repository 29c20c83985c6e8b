package org.citizenhub.supervision.overdue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the read model ({@code sv_case}, {@code sv_rating}, {@code sv_processed_event}, {@code sv_parked_event}). */
@Repository
class ReadModel {

    private static final String CASE_COLUMNS = """
            service, case_type, case_id, tracking_number, department, site, handling_site, received_at, due_at,
            deadline, due_soon_at, handled_at, on_time, working_days, last_occurred_at, deadline_occurred_at,
            handled_occurred_at, department_occurred_at, on_time_told""";

    private final JdbcClient jdbc;

    ReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as processed; false when it was already (a redelivery or a duplicate). */
    boolean firstTime(String eventId, Instant now) {
        return jdbc.sql("insert into sv_processed_event (event_id, processed_at) values (?, ?) on conflict do nothing")
                .params(eventId, ts(now)).update() == 1;
    }

    /** The case's row, locked until the transaction ends. */
    Optional<CaseRow> lockCase(String service, String caseId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from sv_case where service = ? and case_id = ? for update")
                .params(service, caseId).query(ReadModel::caseRow).optional();
    }

    Optional<CaseRow> findCase(String service, String caseId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from sv_case where service = ? and case_id = ?")
                .params(service, caseId).query(ReadModel::caseRow).optional();
    }

    /** Inserts a new case; false if another consumer inserted it meanwhile (then lock and fold again). */
    boolean insertCase(CaseRow r) {
        return jdbc.sql("insert into sv_case (" + CASE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(r.service(), r.caseType(), r.caseId(), r.trackingNumber(), r.department(), r.site(),
                        r.handlingSite(), ts(r.receivedAt()), ts(r.dueAt()), r.deadline(), ts(r.dueSoonAt()),
                        ts(r.handledAt()), r.onTime(), r.workingDays(), ts(r.lastOccurredAt()),
                        ts(r.deadlineOccurredAt()), ts(r.handledOccurredAt()), ts(r.departmentOccurredAt()),
                        r.onTimeTold())
                .update() == 1;
    }

    void updateCase(CaseRow r) {
        jdbc.sql("""
                update sv_case set case_type = ?, tracking_number = ?, department = ?, site = ?, handling_site = ?,
                       received_at = ?, due_at = ?, deadline = ?, due_soon_at = ?, handled_at = ?, on_time = ?,
                       working_days = ?, last_occurred_at = ?, deadline_occurred_at = ?, handled_occurred_at = ?,
                       department_occurred_at = ?, on_time_told = ?
                 where service = ? and case_id = ?""")
                .params(r.caseType(), r.trackingNumber(), r.department(), r.site(), r.handlingSite(),
                        ts(r.receivedAt()), ts(r.dueAt()), r.deadline(), ts(r.dueSoonAt()), ts(r.handledAt()),
                        r.onTime(), r.workingDays(), ts(r.lastOccurredAt()), ts(r.deadlineOccurredAt()),
                        ts(r.handledOccurredAt()), ts(r.departmentOccurredAt()), r.onTimeTold(), r.service(),
                        r.caseId())
                .update();
    }

    /**
     * A rating's facts, order-tolerant: the given rating's fields are set by the given event; the rectification
     * rounds only grow; {@code rectified_at} is the latest completion's moment when it completes the latest opening.
     */
    void applyRating(String service, RatingFact fact) {
        switch (fact) {
            case RatingFact.Given g -> jdbc.sql("""
                    insert into sv_rating (service, rating_id, department, site, satisfaction, bad, rated_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (service, rating_id) do update set department = excluded.department,
                        site = excluded.site, satisfaction = excluded.satisfaction, bad = excluded.bad,
                        rated_at = excluded.rated_at""")
                    .params(service, g.ratingId(), g.department(), g.site(), g.satisfaction(), g.bad(),
                            ts(g.ratedAt()))
                    .update();
            case RatingFact.RectificationOpened o -> jdbc.sql("""
                    insert into sv_rating (service, rating_id, department, site, satisfaction, bad, rated_at,
                                           rectification_opened)
                    values (?, ?, ?, ?, ?, true, ?, ?)
                    on conflict (service, rating_id) do update set rectification_opened =
                        greatest(coalesce(sv_rating.rectification_opened, 0), excluded.rectification_opened)""")
                    .params(service, o.ratingId(), o.department(), o.site(), o.satisfaction(), ts(o.openedAt()),
                            o.round())
                    .update();
            case RatingFact.RectificationCompleted c -> jdbc.sql("""
                    update sv_rating set rectification_completed = ?, rectification_completed_at = ?
                     where service = ? and rating_id = ?
                       and (rectification_completed is null or rectification_completed <= ?)""")
                    .params(c.round(), ts(c.completedAt()), service, c.ratingId(), c.round())
                    .update();
        }
        jdbc.sql("""
                update sv_rating set rectified_at = case
                        when rectification_completed is not null
                             and rectification_completed >= coalesce(rectification_opened, 0)
                        then rectification_completed_at end
                 where service = ? and rating_id = ?""")
                .params(service, fact.ratingId()).update();
    }

    void park(String topic, int partition, long offset, String eventId, String type, String reason, String payload,
              Instant now) {
        jdbc.sql("""
                insert into sv_parked_event (topic, kafka_partition, kafka_offset, event_id, event_type, reason,
                                             payload, parked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(topic, partition, offset, eventId, type, truncate(reason, 2000), truncate(payload, 64_000),
                        ts(now))
                .update();
    }

    /** Empties the model for a rebuild (TRUNCATE: instant even over millions of rows). */
    void empty() {
        jdbc.sql("truncate sv_case, sv_rating, sv_processed_event, sv_parked_event").update();
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getString("service"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("tracking_number"), rs.getString("department"), rs.getString("site"),
                rs.getString("handling_site"), instant(rs, "received_at"), instant(rs, "due_at"),
                rs.getString("deadline"), instant(rs, "due_soon_at"), instant(rs, "handled_at"),
                (Boolean) rs.getObject("on_time"), (Integer) rs.getObject("working_days"),
                instant(rs, "last_occurred_at"), instant(rs, "deadline_occurred_at"),
                instant(rs, "handled_occurred_at"), instant(rs, "department_occurred_at"),
                rs.getBoolean("on_time_told"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
