package org.citizenhub.consultation.rules;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.DeadlineRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time limits in force: an administrator's rule for the kind and category, else for the kind ({@code *}), else
 * the named default policy ({@link DefaultTimeRules}). Every change is written to the audit log in its transaction.
 */
@Service
public class TimeRules implements DeadlineRules {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TimeRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule in force for a kind, category and deadline. */
    public TimeRule inForce(CaseKind kind, String category, String deadline) {
        return configured(kind, category, deadline)
                .or(() -> configured(kind, TimeRule.ANY_CATEGORY, deadline).map(r -> r.forCategory(category)))
                .orElseGet(() -> DefaultTimeRules.of(kind, deadline));
    }

    @Override
    public DeadlineRule<?> ruleFor(CaseKind kind, String category, String deadline) {
        var rule = inForce(kind, category, deadline);
        return DeadlineRule.of(rule.code(), rule.unit(), rule.amount(), rule.dueSoon());
    }

    @Override
    public DeadlineRule<?> completionRule(CaseKind kind, int workingDays) {
        String code = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-completion";
        return DeadlineRule.of(code, LimitUnit.WORKING_DAYS, workingDays, Math.min(1, workingDays));
    }

    /** Every rule an administrator set. */
    public List<TimeRule> configured() {
        return jdbc.sql("select * from time_rule order by kind, category, deadline")
                .query((rs, i) -> new TimeRule(CaseKind.valueOf(rs.getString("kind")), rs.getString("category"),
                        rs.getString("deadline"), LimitUnit.valueOf(rs.getString("unit")), rs.getInt("amount"),
                        rs.getInt("due_soon")))
                .list();
    }

    /** Sets (or replaces) a rule; audit-logged. */
    @Transactional
    public TimeRule set(TimeRule rule, AuditActor admin) {
        var before = configured(rule.kind(), rule.category(), rule.deadline());
        jdbc.sql("""
                insert into time_rule (kind, category, deadline, unit, amount, due_soon, updated_by, updated_at)
                values (:kind, :category, :deadline, :unit, :amount, :dueSoon, :by, :at)
                on conflict (kind, category, deadline) do update set unit = excluded.unit, amount = excluded.amount,
                       due_soon = excluded.due_soon, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
                .param("kind", rule.kind().name()).param("category", rule.category())
                .param("deadline", rule.deadline()).param("unit", rule.unit().name())
                .param("amount", rule.amount()).param("dueSoon", rule.dueSoon())
                .param("by", admin.subject()).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("unit", rule.unit().name());
        details.put("amount", rule.amount());
        details.put("dueSoon", rule.dueSoon());
        before.ifPresent(b -> details.put("before", Map.of("unit", b.unit().name(), "amount", b.amount(),
                "dueSoon", b.dueSoon())));
        audit.record(admin, "consultation.time-rule.set", "time-rule", target(rule), details);
        return rule;
    }

    /** Removes an administrator's rule: the next broader one applies again; audit-logged. */
    @Transactional
    public boolean remove(CaseKind kind, String category, String deadline, AuditActor admin) {
        int rows = jdbc.sql("delete from time_rule where kind = :kind and category = :category and deadline = :deadline")
                .param("kind", kind.name()).param("category", category).param("deadline", deadline).update();
        if (rows > 0) {
            audit.record(admin, "consultation.time-rule.removed", "time-rule",
                    kind.name() + "/" + category + "/" + deadline, Map.of());
        }
        return rows > 0;
    }

    private Optional<TimeRule> configured(CaseKind kind, String category, String deadline) {
        return jdbc.sql("select * from time_rule where kind = :kind and category = :category and deadline = :deadline")
                .param("kind", kind.name()).param("category", category).param("deadline", deadline)
                .query((rs, i) -> new TimeRule(kind, category, deadline, LimitUnit.valueOf(rs.getString("unit")),
                        rs.getInt("amount"), rs.getInt("due_soon")))
                .optional();
    }

    private static String target(TimeRule rule) {
        return rule.kind().name() + "/" + rule.category() + "/" + rule.deadline();
    }
}
