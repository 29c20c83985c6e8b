package org.citizenhub.supervision.notices;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases 督办 can name, read from the read model's {@code sv_case} (written by the overdue feature from every
 * service's events; the table is the contract between the features, so this reads it with SQL and shares no code).
 */
@Component
class SupervisedCases {

    /** A case as the read model knows it now. */
    record KnownCase(String service, String caseType, String caseId, String trackingNumber, String department,
                     String site, String handlingSite) {
    }

    private final JdbcClient jdbc;

    SupervisedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KnownCase> byId(String service, String caseId) {
        return jdbc.sql("""
                select service, case_type, case_id, tracking_number, department, site, handling_site
                  from sv_case where service = :service and case_id = :caseId
                """).param("service", service).param("caseId", caseId).query(KnownCase.class).optional();
    }

    Optional<KnownCase> byTrackingNumber(String service, String trackingNumber) {
        return jdbc.sql("""
                select service, case_type, case_id, tracking_number, department, site, handling_site
                  from sv_case where service = :service and tracking_number = :tn
                 order by last_occurred_at desc limit 1
                """).param("service", service).param("tn", trackingNumber).query(KnownCase.class).optional();
    }
}
