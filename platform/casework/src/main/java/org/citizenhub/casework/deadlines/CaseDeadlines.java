package org.citizenhub.casework.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineClockJson;
import org.citizenhub.calendar.WorkingTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deadline clocks one case holds at once, by name, e.g. a complaint's {@code investigation} (15 working
 * days from acceptance) and then its {@code completion} (the promised date), or one clock per co-handling
 * department. One of them is <em>current</em>: the one the case is shown and queued by. Each clock carries its
 * own due-soon / overdue announced flags ({@link CaseDeadline}).
 *
 * <p>An immutable value, like {@link DeadlineClock}: every change returns new deadlines. The service's aggregate
 * decides when a clock starts, pauses or is extended; this class only keeps them together and says which
 * announcements have come ({@link #due}). Stored as JSON ({@link #toJson()}) in one {@code jsonb} column beside
 * the case, with {@link #nextAnnouncementAt} in its own column for the watch's query.
 */
public final class CaseDeadlines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CaseDeadlines NONE = new CaseDeadlines(List.of(), null);

    /** An announcement that has come for one clock. */
    public record Due(CaseDeadline deadline, DeadlineAnnounced.Kind kind) {
    }

    /**
     * What {@link #announce} decided: the deadlines with the announced flags set, and one event per announcement
     * to publish in the same transaction (empty when nothing was due).
     */
    public record Announcements(CaseDeadlines deadlines, List<DeadlineAnnounced> events) {

        public Announcements {
            Objects.requireNonNull(deadlines, "deadlines");
            events = List.copyOf(events);
        }

        public boolean isEmpty() {
            return events.isEmpty();
        }
    }

    private final List<CaseDeadline> clocks;
    private final String current;

    private CaseDeadlines(List<CaseDeadline> clocks, String current) {
        this.clocks = List.copyOf(clocks);
        this.current = current;
    }

    public static CaseDeadlines none() {
        return NONE;
    }

    /** Deadlines restored as they were (e.g. from a service's older columns); {@code current} may be null. */
    public static CaseDeadlines of(List<CaseDeadline> clocks, String current) {
        List<String> names = new ArrayList<>();
        for (CaseDeadline clock : clocks) {
            if (names.contains(clock.name())) {
                throw new IllegalArgumentException("Two clocks named " + clock.name());
            }
            names.add(clock.name());
        }
        if (current != null && !names.contains(current)) {
            throw new IllegalArgumentException("No clock named " + current + " to be current");
        }
        return new CaseDeadlines(clocks, current);
    }

    /**
     * Starts clock {@code name} and makes it current. A clock of that name already there (e.g. after a reopening)
     * is replaced, and its announcements start afresh.
     */
    public CaseDeadlines start(String name, DeadlineClock<?> clock) {
        CaseDeadline fresh = CaseDeadline.fresh(name, clock);
        List<CaseDeadline> next = new ArrayList<>(clocks);
        int at = indexOf(name);
        if (at >= 0) {
            next.set(at, fresh);
        } else {
            next.add(fresh);
        }
        return new CaseDeadlines(next, name);
    }

    /**
     * Applies a step to clock {@code name} (pause, resume, stop, extend); its announced flags are kept. After a
     * step that gives the case more time (an approved extension), {@link #rearm} it so that it is announced again.
     */
    public CaseDeadlines update(String name, UnaryOperator<DeadlineClock<?>> step) {
        CaseDeadline existing = require(name);
        return replace(existing.withClock(Objects.requireNonNull(step.apply(existing.clock()), "step result")));
    }

    /**
     * Puts {@code clock} in place of clock {@code name}, keeping its announced flags: for a step the service took on
     * the clock in its own unit type (e.g. {@code DeadlineClock<WorkingHours>.extend(WorkingHours.of(2), ...)}).
     */
    public CaseDeadlines replace(String name, DeadlineClock<?> clock) {
        return replace(require(name).withClock(Objects.requireNonNull(clock, "clock")));
    }

    /** Clears clock {@code name}'s announced flags: it will be announced due soon and overdue again. */
    public CaseDeadlines rearm(String name) {
        return replace(require(name).rearmed());
    }

    /** Records that the announcement was made (overdue implies due soon). */
    public CaseDeadlines announced(String name, DeadlineAnnounced.Kind kind) {
        return replace(require(name).announced(Objects.requireNonNull(kind, "kind")));
    }

    /** Makes clock {@code name} the one the case is shown and queued by. */
    public CaseDeadlines makeCurrent(String name) {
        require(name);
        return new CaseDeadlines(clocks, name);
    }

    public Optional<CaseDeadline> current() {
        return current == null ? Optional.empty() : get(current);
    }

    public Optional<CaseDeadline> get(String name) {
        return clocks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Clock {@code name}; {@link IllegalArgumentException} if the case has none of that name. */
    public CaseDeadline require(String name) {
        return get(CaseDeadline.requireName(name))
                .orElseThrow(() -> new IllegalArgumentException("No deadline clock named " + name));
    }

    /** Every clock, in the order they were first started. */
    public List<CaseDeadline> all() {
        return clocks;
    }

    public boolean isEmpty() {
        return clocks.isEmpty();
    }

    /**
     * The announcements that have come at {@code now}, one at most per running clock: overdue once the clock is
     * past due and that was not announced; otherwise due soon once its warning moment has come.
     */
    public List<Due> due(Instant now, WorkingTime time) {
        List<Due> due = new ArrayList<>();
        for (CaseDeadline c : clocks) {
            if (!c.isRunning()) {
                continue;
            }
            if (!c.overdueAnnounced() && now.isAfter(c.clock().dueAt())) {
                due.add(new Due(c, DeadlineAnnounced.Kind.OVERDUE));
            } else if (!c.dueSoonAnnounced() && !now.isBefore(c.clock().dueSoonAt(time))) {
                due.add(new Due(c, DeadlineAnnounced.Kind.DUE_SOON));
            }
        }
        return due;
    }

    /**
     * Makes every announcement that has come at {@code now} ({@link #due}): the shared {@link DeadlineAnnounced}
     * events for {@code ref}, and these deadlines with the flags set. The service publishes the events, records
     * its own history steps (one per event: {@code event.kind()}, {@code event.data().deadline()}) and saves the
     * deadlines, all in one transaction.
     */
    public Announcements announce(CaseRef ref, Instant now, WorkingTime time, Clock clock) {
        CaseDeadlines after = this;
        List<DeadlineAnnounced> events = new ArrayList<>();
        for (Due d : due(now, time)) {
            events.add(DeadlineAnnounced.of(ref, d, now, clock));
            after = after.announced(d.deadline().name(), d.kind());
        }
        return new Announcements(after, events);
    }

    /**
     * The earliest moment an announcement of a running clock comes (for an indexed column the watch queries with
     * {@code <= now}); empty when nothing is left to announce. The overdue moment is {@code dueAt}; the
     * announcement itself waits until just after it.
     */
    public Optional<Instant> nextAnnouncementAt(WorkingTime time) {
        Instant next = null;
        for (CaseDeadline c : clocks) {
            if (!c.isRunning() || c.overdueAnnounced()) {
                continue;
            }
            Instant moment = c.dueSoonAnnounced() ? c.clock().dueAt() : c.clock().dueSoonAt(time);
            if (next == null || moment.isBefore(next)) {
                next = moment;
            }
        }
        return Optional.ofNullable(next);
    }

    /**
     * The JSON form: {@code {"current": "investigation", "clocks": [{"name": "investigation",
     * "dueSoonAnnounced": false, "overdueAnnounced": false, "clock": <DeadlineClockJson>}]}}.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("current", current);
        ArrayNode array = root.putArray("clocks");
        for (CaseDeadline c : clocks) {
            ObjectNode node = array.addObject();
            node.put("name", c.name());
            node.put("dueSoonAnnounced", c.dueSoonAnnounced());
            node.put("overdueAnnounced", c.overdueAnnounced());
            node.set("clock", JSON.readTree(DeadlineClockJson.write(c.clock())));
        }
        return JSON.writeValueAsString(root);
    }

    /** Reads {@link #toJson()}'s form; unknown fields are ignored so the form can grow. */
    public static CaseDeadlines fromJson(String json) {
        JsonNode root = JSON.readTree(Objects.requireNonNull(json, "json"));
        List<CaseDeadline> clocks = new ArrayList<>();
        JsonNode array = root.path("clocks");
        for (JsonNode node : array) {
            clocks.add(new CaseDeadline(node.path("name").asString(),
                    DeadlineClockJson.read(JSON.writeValueAsString(node.path("clock"))),
                    node.path("dueSoonAnnounced").asBoolean(false),
                    node.path("overdueAnnounced").asBoolean(false)));
        }
        JsonNode current = root.path("current");
        return of(clocks, current.isString() ? current.asString() : null);
    }

    private int indexOf(String name) {
        CaseDeadline.requireName(name);
        for (int i = 0; i < clocks.size(); i++) {
            if (clocks.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private CaseDeadlines replace(CaseDeadline changed) {
        List<CaseDeadline> next = new ArrayList<>(clocks);
        next.set(indexOf(changed.name()), changed);
        return new CaseDeadlines(next, current);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseDeadlines that && clocks.equals(that.clocks)
                && Objects.equals(current, that.current);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clocks, current);
    }

    @Override
    public String toString() {
        return "CaseDeadlines" + clocks.stream().map(CaseDeadline::name).toList() + " current=" + current;
    }
}
