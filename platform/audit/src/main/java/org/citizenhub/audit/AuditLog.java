package org.citizenhub.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only operation log of back-office users, table {@code admin_audit_log} (see
 * {@code db/platform/R__platform_audit_admin_audit_log.sql}). Rows are kept at least 6 months and this library never
 * changes or deletes one; the table refuses it.
 * <p>
 * An entry is written in the caller's transaction, so an operation and its log line commit together or not at all;
 * recording outside a transaction is a programming error and fails.
 */
public class AuditLog {

    /** The largest page {@link #find} serves. */
    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records that {@code actor} did {@code action} to the target, at the clock's current time.
     *
     * @param details anything Jackson writes as a JSON object (a map, a record); null is recorded as {@code {}}
     * @throws IllegalTransactionStateException if no transaction is active
     */
    public void record(AuditActor actor, String action, String targetType, String targetId, Object details) {
        Objects.requireNonNull(actor, "actor");
        requireText(action, "action");
        requireText(targetType, "targetType");
        requireText(targetId, "targetId");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "an audit entry is written in the transaction of the operation it records; none is active");
        }
        jdbc.sql("""
                insert into admin_audit_log (occurred_at, actor_subject, actor_username, action, target_type,
                                             target_id, details)
                values (:at, :subject, :username, :action, :targetType, :targetId, cast(:details as jsonb))
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("subject", actor.subject())
                .param("username", actor.username())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", json.writeValueAsString(details == null ? Map.of() : details))
                .update();
    }

    /** The entries matching the query, newest first, one page of them, and how many match in all. */
    public AuditPage find(AuditQuery query, int page, int size) {
        Objects.requireNonNull(query, "query");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (query.periodReversed()) {
            return new AuditPage(List.of(), page, size, 0);
        }
        var where = new StringBuilder(" where true");
        var params = new LinkedHashMap<String, Object>();
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", query.to());
        }
        if (query.actor() != null) {
            where.append(" and (actor_subject = :actor or actor_username = :actor)");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" and action = :action");
            params.put("action", query.action());
        }
        if (query.targetType() != null) {
            where.append(" and target_type = :targetType");
            params.put("targetType", query.targetType());
        }
        if (query.targetId() != null) {
            where.append(" and target_id = :targetId");
            params.put("targetId", query.targetId());
        }
        long total = jdbc.sql("select count(*) from admin_audit_log" + where).params(params)
                .query(Long.class).single();
        // id, not occurred_at: the order in which entries were committed to the log, also when clocks disagree
        List<AuditEntry> entries = jdbc.sql("""
                select id, occurred_at, actor_subject, actor_username, action, target_type, target_id,
                       details::text as details
                  from admin_audit_log""" + where + " order by id desc limit :size offset :offset")
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class)
                                .atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        rs.getString("actor_subject"), rs.getString("actor_username"), rs.getString("action"),
                        rs.getString("target_type"), rs.getString("target_id"), rs.getString("details")))
                .list();
        return new AuditPage(entries, page, size, total);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
