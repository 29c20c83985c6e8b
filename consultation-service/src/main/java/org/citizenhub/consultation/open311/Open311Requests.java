package org.citizenhub.consultation.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What Open311 reads of complaints and error reports: the case's facts, its published (masked) texts from the
 * knowledge base, and the masked location from {@code open311_location}. The cases' own texts are never selected.
 */
@Repository
class Open311Requests {

    /** Coordinates are published to 3 decimals (about 100 m), never more precisely. */
    static final int COORDINATE_SCALE = 3;

    /**
     * @param published whether a reviewer allowed the case's texts to be published (then title, question and answer
     *                  are the masked published texts; otherwise they are null)
     */
    record Row(UUID id, String trackingNumber, String writerId, CaseKind kind, String category, CaseStatus status,
               String department, Instant requestedAt, Instant updatedAt, Instant dueAt, boolean published,
               String question, String answer, BigDecimal lat, BigDecimal lon, String address) {
    }

    record Filter(List<String> trackingNumbers, List<ServiceFilter> services, Instant from, Instant to,
                  Boolean open, int limit) {
    }

    record ServiceFilter(CaseKind kind, String category) {
    }

    /**
     * The sites (集约化) whose requests are listed: those submitted on one of {@code sites}; a case that stored no
     * site is the {@code root}'s.
     */
    record SiteScope(Set<String> sites, String root) {
    }

    private static final String IN_SITES =
            " and coalesce(k.site, cast(:root as varchar)) = any(cast(:sites as varchar[]))";

    private static final String SELECT = """
            select k.id, k.tracking_number, k.writer_id, k.kind, k.category, k.status, k.lead_department,
                   k.submitted_at, k.updated_at, k.current_due_at, e.id is not null as published, e.question,
                   e.answer, l.lat, l.lon, l.address
              from consultation_case k
              left join knowledge_entry e on e.case_id = k.id and e.status = 'PUBLISHED'
              left join open311_location l on l.case_id = k.id
             where k.kind in ('COMPLAINT', 'ERROR_REPORT')
            """;

    private static final List<String> OPEN = List.of("ACCEPTED", "HANDLING", "DISPUTED", "AWAITING_CITIZEN",
            "IN_REVIEW", "SUBMITTED");

    private final JdbcClient jdbc;

    Open311Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published requests matching the filter, newest first. */
    List<Row> published(Filter f, SiteScope scope) {
        var sql = new StringBuilder(SELECT).append(" and e.id is not null").append(IN_SITES);
        var params = new java.util.HashMap<String, Object>();
        params.put("root", scope.root());
        params.put("sites", scope.sites().toArray(String[]::new));
        if (!f.trackingNumbers().isEmpty()) {
            sql.append(" and k.tracking_number = any(cast(:tns as varchar[]))");
            params.put("tns", f.trackingNumbers().toArray(String[]::new));
        }
        if (!f.services().isEmpty()) {
            sql.append(" and (false");
            for (int i = 0; i < f.services().size(); i++) {
                var s = f.services().get(i);
                sql.append(" or (k.kind = :kind").append(i);
                params.put("kind" + i, s.kind().name());
                if (s.category() != null) {
                    sql.append(" and k.category = :category").append(i);
                    params.put("category" + i, s.category());
                }
                sql.append(")");
            }
            sql.append(")");
        }
        if (f.from() != null) {
            sql.append(" and k.submitted_at >= :from");
            params.put("from", ts(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and k.submitted_at <= :to");
            params.put("to", ts(f.to()));
        }
        if (f.open() != null) {
            sql.append(f.open() ? " and k.status = any(cast(:open as varchar[]))"
                    : " and not (k.status = any(cast(:open as varchar[])))");
            params.put("open", OPEN.toArray(String[]::new));
        }
        sql.append(" order by k.submitted_at desc, k.id limit :limit");
        params.put("limit", f.limit());
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    /** The request if it was submitted on one of the scope's sites. */
    Optional<Row> byTrackingNumber(String trackingNumber, SiteScope scope) {
        return jdbc.sql(SELECT + " and k.tracking_number = :tn" + IN_SITES).param("tn", trackingNumber)
                .param("root", scope.root()).param("sites", scope.sites().toArray(String[]::new))
                .query(this::row).optional();
    }

    /** Keeps the location of a request posted through Open311, as it may be published. */
    void saveLocation(UUID caseId, BigDecimal lat, BigDecimal lon, String maskedAddress, Instant now) {
        jdbc.sql("""
                insert into open311_location (case_id, lat, lon, address, created_at)
                values (:id, :lat, :lon, :address, :now) on conflict (case_id) do nothing
                """)
                .param("id", caseId)
                .param("lat", round(lat))
                .param("lon", round(lon))
                .param("address", maskedAddress)
                .param("now", ts(now))
                .update();
    }

    static BigDecimal round(BigDecimal coordinate) {
        return coordinate == null ? null : coordinate.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
    }

    static boolean isOpen(CaseStatus status) {
        return OPEN.contains(status.name());
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("writer_id"),
                CaseKind.valueOf(rs.getString("kind")), rs.getString("category"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("lead_department"),
                instant(rs, "submitted_at"), instant(rs, "updated_at"), instant(rs, "current_due_at"),
                rs.getBoolean("published"), rs.getString("question"), rs.getString("answer"),
                rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), rs.getString("address"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
