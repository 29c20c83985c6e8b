package org.citizenhub.hall.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.hall.applications.domain.Application;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications table: the aggregate as JSON, the values queries need in columns, an optimistic version. */
@Repository
class ApplicationRepository {

    record Stored(UUID id, String trackingNumber, int version, Application application, String formData,
                  String delivery, String deliveryAddress, CaseDeadlines deadlines) {
    }

    private static final String COLUMNS = "id, tracking_number, version, state::text as state, form_data::text as form_data,"
            + " delivery, delivery_address, deadlines::text as deadlines";

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next serial of the 办件编号 for this item and day (gap-free per item and day). */
    long nextSerial(String implementationCode, LocalDate day) {
        return jdbc.sql("""
                        insert into hall_application_serial (implementation_code, day, last_serial) values (:code, :day, 1)
                        on conflict (implementation_code, day)
                        do update set last_serial = hall_application_serial.last_serial + 1
                        returning last_serial""")
                .param("code", implementationCode).param("day", day).query(Long.class).single();
    }

    /** How the applicant is told: the channel, the sealed contact (null for SITE), the language tag. */
    record Reach(String channel, String sealedContact, String locale) {
    }

    void insert(UUID id, String trackingNumber, Application a, String formData, String idempotencyKey,
                CaseDeadlines deadlines, Instant nextAnnouncement, Reach reach) {
        jdbc.sql("""
                        insert into hall_application (id, number, tracking_number, implementation_code, version_id, site,
                            accepting_department, departments, applicant_subject, status, received_at, notice_due_at,
                            due_at, state, form_data, deadlines, next_announcement_at, idempotency_key,
                            contact_channel, contact_sealed, locale)
                        values (:id, :number, :tn, :code, :versionId, :site, :window, :departments, :subject, :status,
                            :receivedAt, :noticeDue, :due, cast(:state as jsonb), cast(:form as jsonb),
                            cast(:deadlines as jsonb), :next, :key, :channel, :contact, :locale)""")
                .param("id", id).param("number", a.number().value()).param("tn", trackingNumber)
                .param("code", a.terms().implementationCode()).param("versionId", a.terms().versionId())
                .param("site", a.terms().site()).param("window", a.terms().acceptingDepartment())
                .param("departments", a.terms().departments().toArray(String[]::new))
                .param("subject", a.applicant().subject()).param("status", a.status())
                .param("receivedAt", ts(a.receivedAt())).param("noticeDue", ts(noticeDue(a)))
                .param("due", ts(due(a))).param("state", ApplicationJson.write(a)).param("form", formData)
                .param("deadlines", deadlines.toJson()).param("next", ts(nextAnnouncement))
                .param("key", idempotencyKey).param("channel", reach.channel())
                .param("contact", reach.sealedContact()).param("locale", reach.locale()).update();
    }

    Reach reach(UUID id) {
        return jdbc.sql("select contact_channel, contact_sealed, locale from hall_application where id = :id")
                .param("id", id).query((rs, n) -> new Reach(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    void update(Stored stored, Application a, CaseDeadlines deadlines, Instant nextAnnouncement) {
        int rows = jdbc.sql("""
                        update hall_application set status = :status, notice_due_at = :noticeDue, due_at = :due,
                            state = cast(:state as jsonb), deadlines = cast(:deadlines as jsonb),
                            next_announcement_at = :next, version = version + 1
                        where id = :id and version = :version""")
                .param("status", a.status()).param("noticeDue", ts(noticeDue(a))).param("due", ts(due(a)))
                .param("state", ApplicationJson.write(a)).param("deadlines", deadlines.toJson())
                .param("next", ts(nextAnnouncement)).param("id", stored.id()).param("version", stored.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("application " + a.number() + " changed meanwhile");
        }
    }

    void chooseDelivery(UUID id, String delivery, String address) {
        jdbc.sql("update hall_application set delivery = :d, delivery_address = :a where id = :id")
                .param("d", delivery).param("a", address).param("id", id).update();
    }

    Optional<Stored> byNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from hall_application where number = :n").param("n", number)
                .query(this::row).optional();
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from hall_application where id = :id").param("id", id)
                .query(this::row).optional();
    }

    Optional<Stored> byIdempotencyKey(String subject, String key) {
        return jdbc.sql("select " + COLUMNS + " from hall_application where applicant_subject = :s and idempotency_key = :k")
                .param("s", subject).param("k", key).query(this::row).optional();
    }

    List<Stored> byApplicant(String subject, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hall_application where applicant_subject = :s"
                        + " order by received_at desc limit :limit")
                .param("s", subject).param("limit", limit).query(this::row).list();
    }

    /** Applications any of these departments works on (null: every department), newest first. */
    List<Stored> forDepartments(List<String> departments, String status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from hall_application"
                        + " where (cast(:all as boolean) or departments && cast(:departments as varchar[]))"
                        + " and (cast(:status as varchar) is null or status = :status)"
                        + " order by received_at desc limit :limit")
                .param("all", departments == null)
                .param("departments", departments == null ? new String[0] : departments.toArray(String[]::new))
                .param("status", status).param("limit", limit).query(this::row).list();
    }

    /** 行政许可法 第三十二条: still unanswered after the five working days, oldest first. */
    List<UUID> noticeOverdue(Instant now, int limit) {
        return jdbc.sql("select id from hall_application where status = 'RECEIVED' and notice_due_at < :now"
                        + " order by notice_due_at limit :limit")
                .param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    List<UUID> announcementsDue(Instant now, int limit) {
        return jdbc.sql("select id from hall_application where next_announcement_at <= :now"
                        + " order by next_announcement_at limit :limit")
                .param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    private Stored row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getInt("version"),
                ApplicationJson.read(rs.getString("state")), rs.getString("form_data"), rs.getString("delivery"),
                rs.getString("delivery_address"), CaseDeadlines.fromJson(rs.getString("deadlines")));
    }

    private static Instant noticeDue(Application a) {
        return a.phase() instanceof org.citizenhub.hall.applications.domain.Phase.PreReview p ? p.notice().dueAt() : null;
    }

    private static Instant due(Application a) {
        return a.statutoryClock().map(c -> c.dueAt()).orElse(null);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
