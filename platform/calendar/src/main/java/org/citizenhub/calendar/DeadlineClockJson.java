package org.citizenhub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link DeadlineClock}, for a {@code jsonb} column beside the item it times.
 *
 * <p>A working-day clock is written exactly as before units existed, and JSON without a unit is read as working
 * days, so stored clocks stay readable:
 * <pre>{@code
 * {"rule":{"code":"error-report-reply","workingDays":3,"dueSoonWorkingDays":1},"state":"RUNNING",...,
 *  "history":[{"kind":"EXTENDED",...,"workingDays":2}]}
 * }</pre>
 * Other units name their unit in the rule, give extensions as {@code granted} (in the rule's unit), and a
 * calendar-day clock keeps its period's {@code lastDay}:
 * <pre>{@code
 * {"rule":{"code":"petition-handling","unit":"CALENDAR_DAYS","limit":60,"dueSoon":10},...,
 *  "history":[{"kind":"EXTENDED",...,"granted":30}],"lastDay":"2026-11-03"}
 * }</pre>
 * JSON whose parts disagree on the unit (an extension in {@code workingDays} on a calendar-day clock) is refused
 * with {@link UnitMismatchException}, as is a clock read with {@link #read(String, Class)} in another unit.
 */
public final class DeadlineClockJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeadlineClockJson() {
    }

    public static String write(DeadlineClock<?> clock) {
        boolean workingDays = clock.unit() == LimitUnit.WORKING_DAYS;
        ObjectNode root = JSON.createObjectNode();
        ObjectNode rule = root.putObject("rule");
        rule.put("code", clock.rule().code());
        if (workingDays) {
            rule.put("workingDays", clock.rule().limit().amount());
            rule.put("dueSoonWorkingDays", clock.rule().dueSoon().amount());
        } else {
            rule.put("unit", clock.unit().name());
            rule.put("limit", clock.rule().limit().amount());
            rule.put("dueSoon", clock.rule().dueSoon().amount());
        }
        root.put("state", clock.state().name());
        putInstant(root, "receivedAt", clock.receivedAt());
        putInstant(root, "dueAt", clock.dueAt());
        putLong(root, "remainingSeconds", clock.remainingSeconds());
        putInstant(root, "stoppedAt", clock.stoppedAt());
        if (clock.metOnTime() == null) {
            root.putNull("metOnTime");
        } else {
            root.put("metOnTime", clock.metOnTime());
        }
        ArrayNode history = root.putArray("history");
        for (DeadlineEntry entry : clock.history()) {
            ObjectNode step = history.addObject();
            step.put("kind", entry.kind().name());
            putInstant(step, "at", entry.at());
            putString(step, "actor", entry.actor());
            putString(step, "reason", entry.reason());
            putInstant(step, "dueAt", entry.dueAt());
            putLong(step, "remainingSeconds", entry.remainingSeconds());
            Integer granted = entry.granted() == null ? null : entry.granted().amount();
            if (granted == null) {
                step.putNull(workingDays ? "workingDays" : "granted");
            } else {
                step.put(workingDays ? "workingDays" : "granted", granted);
            }
        }
        if (clock.lastDay() != null) {
            root.put("lastDay", clock.lastDay().toString());
        }
        return JSON.writeValueAsString(root);
    }

    /** The clock in whatever unit it was stored; JSON without a unit is a working-day clock. */
    public static DeadlineClock<?> read(String json) {
        return readClock(JSON.readTree(json));
    }

    /**
     * The clock, which must count in {@code unit}: a stored clock of another unit is refused with
     * {@link UnitMismatchException}.
     */
    @SuppressWarnings("unchecked")
    public static <U extends TimeLimit<U>> DeadlineClock<U> read(String json, Class<U> unit) {
        DeadlineClock<?> clock = read(json);
        LimitUnit required = LimitUnit.of(unit);
        if (clock.unit() != required) {
            throw new UnitMismatchException(required, clock.unit(), "The stored clock");
        }
        return (DeadlineClock<U>) clock;
    }

    private static DeadlineClock<?> readClock(JsonNode root) {
        return readClock(root, readRule(required(root, "rule")));
    }

    private static <U extends TimeLimit<U>> DeadlineClock<U> readClock(JsonNode root, DeadlineRule<U> rule) {
        boolean workingDays = rule.unit() == LimitUnit.WORKING_DAYS;
        var history = new ArrayList<DeadlineEntry>();
        JsonNode steps = root.get("history");
        if (steps != null && !steps.isNull()) {
            for (JsonNode step : steps) {
                Integer inWorkingDays = integer(step, "workingDays");
                Integer granted = integer(step, "granted");
                if (!workingDays && inWorkingDays != null) {
                    throw new UnitMismatchException(rule.unit(), LimitUnit.WORKING_DAYS, "A stored extension");
                }
                Integer amount = inWorkingDays != null ? inWorkingDays : granted;
                history.add(new DeadlineEntry(DeadlineEntry.Kind.valueOf(text(step, "kind")), instant(step, "at"),
                        text(step, "actor"), text(step, "reason"), instant(step, "dueAt"),
                        longValue(step, "remainingSeconds"), amount == null ? null : rule.limitOf(amount)));
            }
        }
        String lastDay = text(root, "lastDay");
        JsonNode metOnTime = root.get("metOnTime");
        return new DeadlineClock<>(rule, DeadlineClock.State.valueOf(text(root, "state")), instant(root, "receivedAt"),
                instant(root, "dueAt"), longValue(root, "remainingSeconds"), instant(root, "stoppedAt"),
                metOnTime == null || metOnTime.isNull() ? null : metOnTime.booleanValue(), DeadlineHistory.of(history),
                lastDay == null || rule.unit() != LimitUnit.CALENDAR_DAYS ? null : LocalDate.parse(lastDay));
    }

    private static DeadlineRule<?> readRule(JsonNode rule) {
        String code = text(rule, "code");
        String unitName = text(rule, "unit");
        if (unitName == null) {
            return new DeadlineRule<WorkingDays>(code, WorkingDays.of(requiredInt(rule, "workingDays")),
                    WorkingDays.of(requiredInt(rule, "dueSoonWorkingDays")));
        }
        LimitUnit unit = LimitUnit.valueOf(unitName);
        if (unit != LimitUnit.WORKING_DAYS && (rule.has("workingDays") || rule.has("dueSoonWorkingDays"))) {
            throw new UnitMismatchException(unit, LimitUnit.WORKING_DAYS, "The stored rule's limit");
        }
        return DeadlineRule.of(code, unit, requiredInt(rule, "limit"), requiredInt(rule, "dueSoon"));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("A stored deadline clock lacks '" + field + "'");
        }
        return value;
    }

    private static int requiredInt(JsonNode node, String field) {
        return required(node, field).intValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.intValue();
    }

    private static Long longValue(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.longValue();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    private static void putInstant(ObjectNode node, String field, Instant value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toString());
        }
    }

    private static void putLong(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.longValue());
        }
    }

    private static void putString(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
