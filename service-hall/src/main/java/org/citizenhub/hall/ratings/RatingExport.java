package org.citizenhub.hall.ratings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.hall.ratings.domain.Channel;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ratings of a period in the fields of the national 好差评 data exchange (the national platform's
 * interface), as JSON lines or CSV, for a provincial platform to import. The field mapping is in docs/ratings.md.
 * Admins and supervisors only, each for the departments they may see (a site's: its subtree); audit-logged. The
 * rater is never exported; the written evaluation is, because the exchange carries it.
 */
@RestController
@Validated
class RatingExport {

    static final List<String> FIELDS = List.of("projectNo", "taskCode", "taskHandleItem", "taskName", "deptCode",
            "deptName", "pf", "satisfaction", "evalDetail", "writingEvaluation", "assessNumber", "assessTime",
            "assessType", "evaluationNo", "siteCode", "excluded");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String DATE = "20[0-9]{2}-[0-1][0-9]-[0-3][0-9]";

    private final JdbcClient jdbc;
    private final HubSites sites;
    private final AuditLog audit;
    private final JsonMapper json;

    RatingExport(JdbcClient jdbc, HubSites sites, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/admin/ratings/export")
    @PreAuthorize("hasAnyRole('admin', 'site-admin', 'supervisor')")
    @Transactional
    ResponseEntity<String> export(@RequestParam @Pattern(regexp = DATE) String from,
                                  @RequestParam @Pattern(regexp = DATE) String to,
                                  @RequestParam(defaultValue = "jsonl") @Pattern(regexp = "jsonl|csv") String format,
                                  CurrentUser user) {
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
        } catch (java.time.format.DateTimeParseException e) {
            throw new HubProblem(RatingProblem.INVALID_EXPORT_PERIOD, from, to);
        }
        if (last.isBefore(first) || first.plusYears(1).isBefore(last)) {
            throw new HubProblem(RatingProblem.INVALID_EXPORT_PERIOD, from, to);
        }
        DepartmentScope scope = scope(user);
        var records = rows(first, last, ServiceHallApplication.ZONE, scope);
        audit.record(new AuditActor(user.subject(), user.username()), "hall-rating.exported", "hall-rating-export",
                from + ".." + to, Map.of("format", format, "records", records.size()));
        if (format.equals("csv")) {
            var sb = new StringBuilder(String.join(",", FIELDS)).append("\r\n");
            for (var r : records) {
                sb.append(String.join(",", FIELDS.stream().map(f -> csv(r.get(f))).toList())).append("\r\n");
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(sb.toString());
        }
        var sb = new StringBuilder();
        records.forEach(r -> sb.append(json.writeValueAsString(r)).append('\n'));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"))
                .body(sb.toString());
    }

    /**
     * Whose ratings the caller exports: a hub-wide admin all; a supervisor their departments (a site supervisor the
     * site's subtree); a site administrator their own site's departments only (not its children, as
     * SiteAdministration has it).
     */
    DepartmentScope scope(CurrentUser user) {
        DepartmentScope scope = DepartmentScope.of(user, Set.of(HubRoles.ADMIN, HubRoles.SUPERVISOR), sites);
        if (user.hasRole(HubRoles.SITE_ADMIN) && user.site() != null) {
            scope = scope.union(DepartmentScope.ofDepartments(sites.directory().departmentsOf(user.site())));
        }
        return scope;
    }

    List<Map<String, Object>> rows(LocalDate first, LocalDate last, ZoneId zone, DepartmentScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        OffsetDateTime start = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return jdbc.sql("""
                select * from hall_rating
                 where rated_at >= :start and rated_at < :end
                   and (cast(:all as boolean) or department = any(cast(:departments as varchar[])))
                 order by rated_at, number
                """)
                .param("start", start).param("end", end).param("all", scope.unrestricted())
                .param("departments", scope.departments().toArray(String[]::new))
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    String subject = rs.getString("subject");
                    String number = rs.getString("number");
                    m.put("projectNo", "APPLICATION".equals(subject) ? rs.getString("application_number") : number);
                    m.put("taskCode", rs.getString("item_code"));
                    m.put("taskHandleItem", rs.getString("item_code"));
                    m.put("taskName", rs.getString("item_name"));
                    m.put("deptCode", rs.getString("department"));
                    m.put("deptName", null);
                    m.put("pf", Channel.ofCode(rs.getString("channel")).map(Channel::pf).orElse(null));
                    m.put("satisfaction", rs.getInt("satisfaction"));
                    m.put("evalDetail", rs.getString("reasons"));
                    m.put("writingEvaluation", rs.getString("comment"));
                    m.put("assessNumber", 1);
                    m.put("assessTime", rs.getTimestamp("rated_at").toInstant().atZone(zone).format(TIME));
                    m.put("assessType", "APPLICATION".equals(subject) ? 1 : 2);
                    m.put("evaluationNo", number);
                    m.put("siteCode", rs.getString("site"));
                    m.put("excluded", rs.getBoolean("excluded"));
                    return m;
                }).list();
    }

    private static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // a leading =, +, - or @ would be a formula in a spreadsheet
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.matches(".*[,\"\r\n'].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
