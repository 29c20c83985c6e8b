package org.citizenhub.hall.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.hall.appointments.domain.Booking;
import org.citizenhub.hall.appointments.domain.BookingStatus;
import org.citizenhub.hall.appointments.domain.Outcome;
import org.citizenhub.hall.appointments.domain.SlotRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code appt_slot} (the seats) and {@code appt_booking}. */
@Repository
class BookingRepository {

    /** How to reach the citizen: the contact sealed, bound to the booking. */
    record Contact(ContactChannel channel, String sealed, String locale) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SlotRef> slot(long slotId) {
        return jdbc.sql("""
                select s.id, s.hall_id, s.window_id, h.department, h.site, s.starts_at, s.ends_at
                from appt_slot s join appt_hall h on h.id = s.hall_id where s.id = :id
                """).param("id", slotId).query((rs, i) -> new SlotRef(rs.getLong("id"),
                rs.getObject("hall_id", UUID.class), rs.getObject("window_id", UUID.class),
                rs.getString("department"), rs.getString("site"), instant(rs, "starts_at"),
                instant(rs, "ends_at"))).optional();
    }

    /**
     * Takes one seat of the slot if one is left. The conditional update is atomic: PostgreSQL locks the row, and a
     * concurrent updater waiting for it re-checks {@code booked < capacity} on the row as committed, so no two
     * bookings ever take the last seat.
     */
    boolean takeSeat(long slotId) {
        return jdbc.sql("update appt_slot set booked = booked + 1 where id = :id and booked < capacity")
                .param("id", slotId).update() == 1;
    }

    void releaseSeat(long slotId) {
        jdbc.sql("update appt_slot set booked = booked - 1 where id = :id and booked > 0").param("id", slotId)
                .update();
    }

    /** Serializes one citizen's bookings (limits are counted, then a booking added) for this transaction. */
    void lockCitizen(String citizenId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('appt-citizen:' || :citizen))").param("citizen", citizenId)
                .query((rs, i) -> 1).list();
    }

    List<Instant> noShowsSince(String citizenId, Instant since) {
        return jdbc.sql("""
                select outcome_at from appt_booking
                where citizen_id = :citizen and status = 'NO_SHOW' and outcome_at > :since
                """).param("citizen", citizenId).param("since", ts(since))
                .query((rs, i) -> instant(rs, "outcome_at")).list();
    }

    int activeBookings(String citizenId, Instant now) {
        return jdbc.sql("""
                select count(*) from appt_booking where citizen_id = :citizen and status = 'BOOKED' and ends_at > :now
                """).param("citizen", citizenId).param("now", ts(now)).query(Integer.class).single();
    }

    boolean holdsSlot(String citizenId, long slotId) {
        return jdbc.sql("""
                select exists (select 1 from appt_booking where citizen_id = :citizen and slot_id = :slot
                               and status = 'BOOKED')
                """).param("citizen", citizenId).param("slot", slotId).query(Boolean.class).single();
    }

    void insert(Booking b, Contact contact, String idempotencyKey) {
        jdbc.sql("""
                insert into appt_booking (id, number, citizen_id, slot_id, hall_id, window_id, department, site,
                    starts_at, ends_at, check_in_code, item_code, status, booked_at, rescheduled_from,
                    contact_channel, contact, locale, idempotency_key)
                values (:id, :number, :citizen, :slot, :hall, :window, :department, :site, :starts, :ends, :code,
                    :item, :status, :bookedAt, :from, :channel, :contact, :locale, :key)
                """).param("id", b.id()).param("number", b.number()).param("citizen", b.citizenId())
                .param("slot", b.slot().slotId()).param("hall", b.slot().hallId())
                .param("window", b.slot().windowId()).param("department", b.slot().department())
                .param("site", b.slot().site()).param("starts", ts(b.slot().startsAt()))
                .param("ends", ts(b.slot().endsAt())).param("code", b.checkInCode()).param("item", b.itemCode())
                .param("status", b.status().name()).param("bookedAt", ts(b.bookedAt()))
                .param("from", b.rescheduledFrom()).param("channel", contact.channel().name())
                .param("contact", contact.sealed()).param("locale", contact.locale()).param("key", idempotencyKey)
                .update();
    }

    /** Stores the booking's outcome; false if it was no longer booked (a concurrent step came first). */
    boolean saveOutcome(Booking b) {
        var details = new LinkedHashMap<String, String>();
        switch (b.outcome()) {
            case Outcome.Rescheduled r -> details.put("to", r.to());
            case Outcome.Arrived a -> details.put("recordedBy", a.recordedBy());
            case Outcome.NoShow n -> details.put("recordedBy", n.recordedBy());
            case Outcome.Cancelled c -> { }
        }
        return jdbc.sql("""
                update appt_booking set status = :status, outcome = cast(:outcome as jsonb), outcome_at = :at
                where id = :id and status = 'BOOKED'
                """).param("id", b.id()).param("status", b.status().name())
                .param("outcome", JSON.writeValueAsString(details)).param("at", ts(b.outcome().at())).update() == 1;
    }

    Optional<Booking> byNumber(String number) {
        return jdbc.sql("select * from appt_booking where number = :number").param("number", number)
                .query(BookingRepository::booking).optional();
    }

    Optional<Booking> byIdempotencyKey(String citizenId, String key) {
        return jdbc.sql("select * from appt_booking where citizen_id = :citizen and idempotency_key = :key")
                .param("citizen", citizenId).param("key", key).query(BookingRepository::booking).optional();
    }

    List<Booking> byCitizen(String citizenId, int limit) {
        return jdbc.sql("select * from appt_booking where citizen_id = :citizen order by starts_at desc limit :limit")
                .param("citizen", citizenId).param("limit", limit).query(BookingRepository::booking).list();
    }

    List<Booking> byHallBetween(UUID hallId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from appt_booking where hall_id = :hall and starts_at >= :from and starts_at < :to
                order by starts_at, number
                """).param("hall", hallId).param("from", ts(from)).param("to", ts(to))
                .query(BookingRepository::booking).list();
    }

    /** Bookings starting in [from, to) still booked and not yet reminded. */
    List<UUID> dueForReminder(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select id from appt_booking where status = 'BOOKED' and reminded_at is null
                and starts_at >= :from and starts_at < :to order by starts_at limit :limit
                """).param("from", ts(from)).param("to", ts(to)).param("limit", limit)
                .query((rs, i) -> rs.getObject("id", UUID.class)).list();
    }

    /** Marks the reminder sent, once: false if it was already (or the booking is no longer booked). */
    boolean markReminded(UUID id, Instant now) {
        return jdbc.sql("""
                update appt_booking set reminded_at = :now
                where id = :id and status = 'BOOKED' and reminded_at is null
                """).param("id", id).param("now", ts(now)).update() == 1;
    }

    Optional<Booking> byId(UUID id) {
        return jdbc.sql("select * from appt_booking where id = :id").param("id", id)
                .query(BookingRepository::booking).optional();
    }

    Contact contact(UUID id) {
        return jdbc.sql("select contact_channel, contact, locale from appt_booking where id = :id").param("id", id)
                .query((rs, i) -> new Contact(ContactChannel.valueOf(rs.getString("contact_channel")),
                        rs.getString("contact"), rs.getString("locale"))).single();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        var slot = new SlotRef(rs.getLong("slot_id"), rs.getObject("hall_id", UUID.class),
                rs.getObject("window_id", UUID.class), rs.getString("department"), rs.getString("site"),
                instant(rs, "starts_at"), instant(rs, "ends_at"));
        var status = BookingStatus.valueOf(rs.getString("status"));
        Instant at = instant(rs, "outcome_at");
        Map<String, String> details = rs.getString("outcome") == null ? Map.of()
                : JSON.readValue(rs.getString("outcome"), MAP);
        Outcome outcome = switch (status) {
            case BOOKED -> null;
            case CANCELLED -> new Outcome.Cancelled(at);
            case RESCHEDULED -> new Outcome.Rescheduled(at, details.get("to"));
            case ARRIVED -> new Outcome.Arrived(at, details.get("recordedBy"));
            case NO_SHOW -> new Outcome.NoShow(at, details.get("recordedBy"));
        };
        return new Booking(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("citizen_id"), slot,
                rs.getString("check_in_code"), rs.getString("item_code"), instant(rs, "booked_at"),
                rs.getString("rescheduled_from"), instant(rs, "reminded_at"), outcome);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
