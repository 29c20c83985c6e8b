package org.citizenhub.hall.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.hall.appointments.domain.OpeningPeriod;
import org.citizenhub.hall.appointments.domain.WindowSchedule;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Halls (办事大厅) and their windows (窗口): what the administrators set up. A hall belongs to a department and
 * hence to that department's site; changing a window's schedule re-makes its future slots at once (booked seats
 * stay). Every change is audit-logged.
 */
@Service
public class Halls {

    public record Period(String from, String to) {
    }

    public record Window(UUID id, UUID hallId, String name, List<String> itemCodes, int slotMinutes,
                         List<Period> periods, int capacity) {
        WindowSchedule schedule() {
            return new WindowSchedule(slotMinutes, periods.stream()
                    .map(p -> new OpeningPeriod(LocalTime.parse(p.from()), LocalTime.parse(p.to()))).toList(),
                    capacity);
        }
    }

    public record Hall(UUID id, String department, String site, String name, String address, String openingHours,
                       List<Window> windows) {
    }

    public record HallDetails(String department, String name, String address, String openingHours) {
    }

    public record WindowDetails(String name, List<String> itemCodes, int slotMinutes, List<Period> periods,
                                int capacity) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };
    private static final TypeReference<List<Period>> PERIODS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final HubSites sites;
    private final SlotGeneration slots;

    Halls(JdbcClient jdbc, AuditLog audit, Clock clock, HubSites sites, SlotGeneration slots) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.sites = sites;
        this.slots = slots;
    }

    /** The site a department's hall belongs to; 400 for a department the directory does not know. */
    public String siteOf(String department) {
        return sites.siteOf(department)
                .orElseThrow(() -> new HubProblem(AppointmentProblem.HALL_DEPARTMENT_UNKNOWN, department));
    }

    @Transactional
    public Hall create(HallDetails details, AuditActor admin) {
        UUID id = UUID.randomUUID();
        String site = siteOf(details.department());
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into appt_hall (id, department, site, name, address, opening_hours, created_at, updated_at)
                values (:id, :department, :site, :name, :address, :hours, :now, :now)
                """).param("id", id).param("department", details.department()).param("site", site)
                .param("name", details.name()).param("address", details.address())
                .param("hours", details.openingHours()).param("now", now).update();
        audit.record(admin, "hall.appointments.hall.created", "hall", id.toString(), details);
        return find(id).orElseThrow();
    }

    /** Name, address and opening hours; the department (and so the site) stays. */
    @Transactional
    public Hall update(UUID id, HallDetails details, AuditActor admin) {
        jdbc.sql("""
                update appt_hall set name = :name, address = :address, opening_hours = :hours, updated_at = :now
                where id = :id
                """).param("id", id).param("name", details.name()).param("address", details.address())
                .param("hours", details.openingHours()).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        audit.record(admin, "hall.appointments.hall.updated", "hall", id.toString(), details);
        return find(id).orElseThrow();
    }

    @Transactional
    public Window addWindow(UUID hallId, WindowDetails details, AuditActor admin) {
        var schedule = schedule(details);
        UUID id = UUID.randomUUID();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into appt_window (id, hall_id, name, item_codes, slot_minutes, periods, capacity, created_at,
                                         updated_at)
                values (:id, :hall, :name, cast(:codes as jsonb), :minutes, cast(:periods as jsonb), :capacity, :now,
                        :now)
                """).param("id", id).param("hall", hallId).param("name", details.name())
                .param("codes", JSON.writeValueAsString(details.itemCodes()))
                .param("minutes", details.slotMinutes()).param("periods", JSON.writeValueAsString(details.periods()))
                .param("capacity", details.capacity()).param("now", now).update();
        var window = window(id).orElseThrow();
        int made = slots.generate(window.id(), window.hallId(), schedule);
        audit.record(admin, "hall.appointments.window.created", "hall-window", id.toString(),
                Map.of("hall", hallId.toString(), "window", details, "slots", made));
        return window;
    }

    @Transactional
    public Window updateWindow(Window before, WindowDetails details, AuditActor admin) {
        var schedule = schedule(details);
        jdbc.sql("""
                update appt_window set name = :name, item_codes = cast(:codes as jsonb), slot_minutes = :minutes,
                       periods = cast(:periods as jsonb), capacity = :capacity, updated_at = :now
                where id = :id
                """).param("id", before.id()).param("name", details.name())
                .param("codes", JSON.writeValueAsString(details.itemCodes()))
                .param("minutes", details.slotMinutes()).param("periods", JSON.writeValueAsString(details.periods()))
                .param("capacity", details.capacity()).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        int made = slots.regenerate(before.id(), before.hallId(), schedule);
        var changes = new LinkedHashMap<String, Object>();
        changes.put("before", before);
        changes.put("after", details);
        changes.put("slots", made);
        audit.record(admin, "hall.appointments.window.updated", "hall-window", before.id().toString(), changes);
        return window(before.id()).orElseThrow();
    }

    private static WindowSchedule schedule(WindowDetails details) {
        try {
            return new Window(null, null, details.name(), details.itemCodes(), details.slotMinutes(),
                    details.periods(), details.capacity()).schedule();
        } catch (java.time.format.DateTimeParseException e) {
            throw new HubProblem(AppointmentProblem.INVALID_SCHEDULE, "periods: HH:mm");
        } catch (IllegalArgumentException e) {
            throw new HubProblem(AppointmentProblem.INVALID_SCHEDULE, e.getMessage());
        }
    }

    public Optional<Hall> find(UUID id) {
        return jdbc.sql("select * from appt_hall where id = :id").param("id", id)
                .query((rs, i) -> hall(rs, windows(id))).optional();
    }

    /** The halls of the given sites, or all (null). */
    public List<Hall> all(Set<String> sitesOrNull) {
        var halls = jdbc.sql("select * from appt_hall order by site, name").query((rs, i) -> hall(rs, List.of()))
                .list();
        return halls.stream().filter(h -> sitesOrNull == null || sitesOrNull.contains(h.site()))
                .map(h -> new Hall(h.id(), h.department(), h.site(), h.name(), h.address(), h.openingHours(),
                        windows(h.id())))
                .toList();
    }

    public Optional<Window> window(UUID id) {
        return jdbc.sql("select * from appt_window where id = :id").param("id", id).query(Halls::window).optional();
    }

    /** A slot as the public sees it: seats left, never who took the others. */
    public record OpenSlot(long id, UUID windowId, java.time.LocalDate date, java.time.OffsetDateTime startsAt,
                           java.time.OffsetDateTime endsAt, int capacity, int available) {
    }

    /**
     * The hall's slots with a seat left that can still be booked (booking closes before the slot), between two
     * days inclusive, optionally of one window.
     */
    public List<OpenSlot> openSlots(UUID hallId, UUID windowOrNull, java.time.LocalDate from, java.time.LocalDate to,
                                    java.time.Instant bookableAfter) {
        return jdbc.sql("""
                select id, window_id, slot_date, starts_at, ends_at, capacity, booked from appt_slot
                where hall_id = :hall and (cast(:window as uuid) is null or window_id = cast(:window as uuid))
                  and slot_date between :from and :to and starts_at > :after and booked < capacity
                order by starts_at, window_id
                limit 2000
                """).param("hall", hallId).param("window", windowOrNull).param("from", from).param("to", to)
                .param("after", bookableAfter.atOffset(ZoneOffset.UTC))
                .query((rs, i) -> new OpenSlot(rs.getLong("id"), rs.getObject("window_id", UUID.class),
                        rs.getObject("slot_date", java.time.LocalDate.class),
                        rs.getObject("starts_at", java.time.OffsetDateTime.class)
                                .atZoneSameInstant(SlotGeneration.ZONE).toOffsetDateTime(),
                        rs.getObject("ends_at", java.time.OffsetDateTime.class)
                                .atZoneSameInstant(SlotGeneration.ZONE).toOffsetDateTime(),
                        rs.getInt("capacity"), rs.getInt("capacity") - rs.getInt("booked")))
                .list();
    }

    private List<Window> windows(UUID hallId) {
        return jdbc.sql("select * from appt_window where hall_id = :hall order by name").param("hall", hallId)
                .query(Halls::window).list();
    }

    private static Hall hall(ResultSet rs, List<Window> windows) throws SQLException {
        return new Hall(rs.getObject("id", UUID.class), rs.getString("department"), rs.getString("site"),
                rs.getString("name"), rs.getString("address"), rs.getString("opening_hours"), windows);
    }

    static Window window(ResultSet rs, int row) throws SQLException {
        return new Window(rs.getObject("id", UUID.class), rs.getObject("hall_id", UUID.class), rs.getString("name"),
                JSON.readValue(rs.getString("item_codes"), CODES), rs.getInt("slot_minutes"),
                JSON.readValue(rs.getString("periods"), PERIODS), rs.getInt("capacity"));
    }
}
