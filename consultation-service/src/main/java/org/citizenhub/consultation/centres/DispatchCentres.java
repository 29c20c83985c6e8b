package org.citizenhub.consultation.centres;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.consultation.ConsultationProperties;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which department screens, dispatches and follows up the cases of each site (集约化: a district runs its own 12345
 * centre): the site's own, set on the admin API, else the hub-wide {@code hub.consultation.dispatch-centre}. A case
 * gets its centre when it is submitted and keeps it, so a change applies to cases submitted from then on and a
 * case's queue, history and follow-up stay with the centre that received it. Every change is audit-logged.
 */
@Service
public class DispatchCentres {

    /**
     * A site's centre.
     *
     * @param configured whether the site has its own (false: the hub-wide centre stands in)
     */
    public record Centre(String site, String department, boolean configured, String updatedBy,
                         OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ConsultationProperties properties;

    DispatchCentres(JdbcClient jdbc, AuditLog audit, Clock clock, ConsultationProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The department that screens the cases submitted on {@code site} (null: no site, the hub-wide centre). */
    public String centreFor(String site) {
        return configured(site).map(Centre::department).orElse(properties.dispatchCentre());
    }

    /** Every site of the directory with its centre, the site's own or the hub-wide one; roots first. */
    public List<Centre> all(SiteDirectory directory) {
        return directory.sites().stream().map(s -> configured(s.code())
                .orElseGet(() -> new Centre(s.code(), properties.dispatchCentre(), false, null, null))).toList();
    }

    public Centre of(String site) {
        return configured(site).orElseGet(() -> new Centre(site, properties.dispatchCentre(), false, null, null));
    }

    /**
     * Sets the site's own centre, which must be one of the site's own departments
     * ({@link DispatchCentrePolicy#A_SITE_IS_SCREENED_BY_ONE_OF_ITS_OWN_DEPARTMENTS}); audit-logged.
     */
    @Transactional
    public Centre set(String site, String department, SiteDirectory directory, AuditActor admin) {
        if (!Objects.equals(directory.siteOf(department).orElse(null), site)) {
            throw new HubProblem(DispatchCentrePolicy.A_SITE_IS_SCREENED_BY_ONE_OF_ITS_OWN_DEPARTMENTS, department,
                    site);
        }
        var before = configured(site);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into site_dispatch_centre (site, department, updated_by, updated_at)
                values (:site, :department, :by, :at)
                on conflict (site) do update set department = excluded.department, updated_by = excluded.updated_by,
                       updated_at = excluded.updated_at
                """)
                .param("site", site).param("department", department).param("by", admin.subject())
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("department", department);
        before.ifPresent(b -> details.put("before", b.department()));
        audit.record(admin, "consultation.dispatch-centre.set", "site-dispatch-centre", site, details);
        return configured(site).orElseThrow();
    }

    /** Removes the site's own centre: the hub-wide one screens its new cases again; audit-logged. */
    @Transactional
    public boolean remove(String site, AuditActor admin) {
        var before = configured(site);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from site_dispatch_centre where site = :site").param("site", site).update();
        audit.record(admin, "consultation.dispatch-centre.removed", "site-dispatch-centre", site,
                Map.of("before", before.get().department()));
        return true;
    }

    private Optional<Centre> configured(String site) {
        if (site == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from site_dispatch_centre where site = :site").param("site", site)
                .query((rs, i) -> new Centre(rs.getString("site"), rs.getString("department"), true,
                        rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }
}
