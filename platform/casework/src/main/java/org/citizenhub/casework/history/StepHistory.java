package org.citizenhub.casework.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.citizenhub.casework.actor.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only history of a service's cases, in a table the service owns (its own migration creates it, see
 * the module README for the shape and the trigger that refuses updates and deletes). Only the table and the
 * case-id column are the service's choice; the other columns are the same everywhere:
 * {@code id bigserial, <case id>, occurred_at, action, from_status, to_status, actor_id, actor_name, actor_role,
 * actor_department, details jsonb}.
 *
 * <p>A citizen's name is never written: a citizen step keeps the subject id only, since history is shown to staff
 * and kept for good. Call {@link #append} inside the transaction that changes the case.
 *
 * <pre>{@code new StepHistory(jdbc, "letter_history", "letter_id").append(letter.id(), change);}</pre>
 */
public final class StepHistory {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String insert;
    private final String select;

    public StepHistory(JdbcClient jdbc, String table, String caseIdColumn) {
        this(jdbc, table, caseIdColumn, JsonMapper.builder().findAndAddModules().build());
    }

    /** With the application's {@link JsonMapper}, for details holding the service's own value types. */
    public StepHistory(JdbcClient jdbc, String table, String caseIdColumn, JsonMapper json) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.json = Objects.requireNonNull(json, "json");
        requireIdentifier(table, "table");
        requireIdentifier(caseIdColumn, "case-id column");
        this.insert = """
                insert into %s (%s, occurred_at, action, from_status, to_status, actor_id, actor_name, actor_role,
                                actor_department, details)
                values (:caseId, :at, :action, :from, :to, :actorId, :actorName, :actorRole, :actorDepartment,
                        cast(:details as jsonb))
                """.formatted(table, caseIdColumn);
        this.select = """
                select occurred_at, action, from_status, to_status, actor_id, actor_name, actor_role,
                       actor_department, details::text as details
                  from %s where %s = :caseId order by id
                """.formatted(table, caseIdColumn);
    }

    /** Appends the steps in order. */
    public void append(Object caseId, List<CaseStep> steps) {
        Objects.requireNonNull(caseId, "caseId");
        for (CaseStep step : steps) {
            Actor actor = step.actor();
            jdbc.sql(insert)
                    .param("caseId", caseId)
                    .param("at", step.at().atOffset(ZoneOffset.UTC))
                    .param("action", step.action())
                    .param("from", step.fromStatus())
                    .param("to", step.toStatus())
                    .param("actorId", actor.id())
                    .param("actorName", actor.isCitizen() ? null : actor.name())
                    .param("actorRole", actor.role().name())
                    .param("actorDepartment", actor.department())
                    .param("details", json.writeValueAsString(step.details()))
                    .update();
        }
    }

    public void append(Object caseId, CaseStep step) {
        append(caseId, List.of(step));
    }

    /**
     * The case's steps, oldest first. Details come back as JSON values (an instant as its ISO text); a citizen's
     * actor name is their id, since no name was stored.
     */
    public List<CaseStep> read(Object caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return jdbc.sql(select).param("caseId", caseId).query(this::map).list();
    }

    private CaseStep map(ResultSet rs, int row) throws SQLException {
        Actor actor = new Actor(rs.getString("actor_id"), rs.getString("actor_name"),
                Actor.Role.valueOf(rs.getString("actor_role")), rs.getString("actor_department"));
        Map<String, Object> details = json.readValue(rs.getString("details"), DETAILS);
        return new CaseStep(rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"), actor,
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), details);
    }

    private static void requireIdentifier(String name, String what) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("The history " + what + " must be a plain lower-case SQL name: "
                    + name);
        }
    }
}
