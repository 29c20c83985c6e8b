package org.citizenhub.hall.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.hall.HallIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Appointments (预约) on the real servers: halls and slots, booking and its limits, the reminder, the race. */
class AppointmentsIT extends HallIT {

    private static Account admin;

    @Autowired
    Bookings bookings;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    private static synchronized Account admin() {
        if (admin == null) {
            admin = TestAccounts.admin();
        }
        return admin;
    }

    private String hall(Account who, String department) {
        return expect(post("/admin/halls", who, Map.of("department", department, "name", "测试大厅 " + department,
                "address", "人民路1号", "openingHours", "工作日 09:00–17:00")), 201).json().get("id").asString();
    }

    private String window(String hall, int capacity, int slotMinutes, List<Map<String, String>> periods) {
        return expect(post("/admin/halls/" + hall + "/windows", admin(), Map.of("name", "1号窗口",
                "itemCodes", List.of("HEALTH-PUBLIC-PLACE-PERMIT"), "slotMinutes", slotMinutes, "periods", periods,
                "capacity", capacity)), 201).json().get("id").asString();
    }

    private static List<Map<String, String>> mornings() {
        return List.of(Map.of("from", "09:00", "to", "12:00"));
    }

    private List<JsonNode> slots(String hall, String site, String from, String to) {
        var list = new ArrayList<JsonNode>();
        expect(get("/public/halls/" + hall + "/slots?site=" + site + "&from=" + from + "&to=" + to, null), 200)
                .json().forEach(list::add);
        return list;
    }

    private long slotAt(String hall, String site, String startsAt) {
        return slots(hall, site, startsAt.substring(0, 10), startsAt.substring(0, 10)).stream()
                .filter(s -> s.get("startsAt").asString().startsWith(startsAt)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private Response book(Account citizen, long slot, String... headers) {
        return post("/appointments", citizen, Map.of("slotId", slot), headers);
    }

    @Test
    void national_day_has_no_slots_and_the_make_up_saturday_has() {
        MovedClock.CLOCK.set("2026-09-28T08:00");
        String hall = hall(admin(), "D-GOV-OFFICE");
        window(hall, 2, 60, mornings());

        var days = slots(hall, "GOV", "2026-09-28", "2026-10-12").stream()
                .map(s -> LocalDate.parse(s.get("date").asString())).distinct().toList();

        // 国办发明电〔2025〕7号: 1–7 October off, Saturday 10 October worked; Sunday 11 October a plain weekend
        assertThat(days).containsExactly(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9),
                LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12));
    }

    @Test
    void a_citizen_books_once_per_key_reschedules_without_losing_a_seat_and_cancels() {
        String hall = hall(admin(), "D-DONGCHENG-OFFICE");
        String window = window(hall, 1, 60, mornings());
        long nine = slotAt(hall, "DONGCHENG", "2026-11-17T09:00");
        long ten = slotAt(hall, "DONGCHENG", "2026-11-17T10:00");
        var citizen = TestAccounts.citizen();
        var other = TestAccounts.citizen();

        var booked = expect(book(citizen, nine, "Idempotency-Key", "booking-" + UUID.randomUUID()), 201).json();
        String number = booked.get("number").asString();
        assertThat(number).matches("YY20261116[0-9]{6,}");
        assertThat(booked.get("checkInCode").asString()).matches("[0-9]{6}");
        assertThat(booked.get("status").asString()).isEqualTo("BOOKED");

        // the same key again: the same booking, not a second seat
        String key = "again-" + UUID.randomUUID();
        var first = expect(book(citizen, ten, "Idempotency-Key", key), 201).json().get("number").asString();
        assertThat(expect(book(citizen, ten, "Idempotency-Key", key), 200).json().get("number").asString())
                .isEqualTo(first);
        expect(post("/appointments/" + first + "/cancellation", citizen, Map.of()), 200);

        // bad requests and a slot too close to book are refused with their reasons
        assertThat(expect(post("/appointments", other, Map.of("slotId", nine, "contactChannel", "SMS")), 400)
                .problemType()).isEqualTo("invalid-contact");
        assertThat(expect(book(other, nine, "Idempotency-Key", "short"), 400).problemType())
                .isEqualTo("invalid-idempotency-key");
        long elevenToday = jdbc.sql("select id from appt_slot where window_id = :w and starts_at = :t")
                .param("w", UUID.fromString(window))
                .param("t", java.time.OffsetDateTime.parse("2026-11-16T11:00+08:00")).query(Long.class).single();
        assertThat(expect(book(other, elevenToday), 409).problemType()).isEqualTo("booking-closes-before-the-slot");

        // one seat at nine: the other citizen is refused, with the reason
        var full = expect(book(other, nine), 409);
        assertThat(full.header("Content-Type")).startsWith("application/problem+json");
        assertThat(full.problemType()).isEqualTo("no-seat-left-in-the-slot");
        assertThat(expect(book(citizen, nine), 409).problemType()).isEqualTo("one-booking-per-citizen-per-slot");

        // reschedule to ten: the new seat is taken, nine is free again
        var moved = expect(post("/appointments/" + number + "/reschedule", citizen, Map.of("slotId", ten)), 201)
                .json();
        String newNumber = moved.get("number").asString();
        assertThat(moved.get("rescheduledFrom").asString()).isEqualTo(number);
        assertThat(expect(get("/appointments/" + number, citizen), 200).json().get("status").asString())
                .isEqualTo("RESCHEDULED");
        String othersNumber = expect(book(other, nine), 201).json().get("number").asString();

        // rescheduling into a full slot changes nothing: the citizen keeps ten
        assertThat(expect(post("/appointments/" + newNumber + "/reschedule", citizen, Map.of("slotId", nine)), 409)
                .problemType()).isEqualTo("no-seat-left-in-the-slot");
        assertThat(expect(get("/appointments/" + newNumber, citizen), 200).json().get("status").asString())
                .isEqualTo("BOOKED");
        assertThat(seats(ten)).isEqualTo(1);

        expect(post("/appointments/" + newNumber + "/cancellation", citizen, Map.of()), 200);
        assertThat(seats(ten)).isZero();
        assertThat(expect(post("/appointments/" + newNumber + "/cancellation", citizen, Map.of()), 409)
                .problemType()).isEqualTo("appointment-not-in-state");

        // nobody else finds a citizen's booking
        assertThat(expect(get("/appointments/" + othersNumber, citizen), 404).problemType())
                .isEqualTo("appointment-not-found");
        assertThat(expect(post("/appointments/" + othersNumber + "/cancellation", citizen, Map.of()), 404)
                .problemType()).isEqualTo("appointment-not-found");
        assertThat(events(number)).contains("gov.hub.hall.appointment.booked.v1",
                "gov.hub.hall.appointment.cancelled.v1");
    }

    @Test
    void staff_record_no_shows_and_three_within_90_days_block_online_booking() {
        String hall = hall(admin(), "D-GOV-OFFICE");
        window(hall, 5, 60, mornings());
        var citizen = TestAccounts.citizen();
        var staff = TestAccounts.handler("D-GOV-OFFICE");
        var otherDepartment = TestAccounts.handler("D-DONGCHENG-OFFICE");
        List<String> numbers = new ArrayList<>();
        for (String day : List.of("2026-11-17", "2026-11-18", "2026-11-19")) {
            numbers.add(expect(book(citizen, slotAt(hall, "GOV", day + "T09:00")), 201).json().get("number")
                    .asString());
        }
        assertThat(expect(book(citizen, slotAt(hall, "GOV", "2026-11-20T09:00")), 409).problemType())
                .isEqualTo("at-most-n-active-bookings");

        assertThat(expect(post("/handling/appointments/" + numbers.getFirst() + "/no-show", staff, Map.of()), 409)
                .problemType()).isEqualTo("no-show-only-once-the-slot-has-begun");
        assertThat(expect(post("/handling/appointments/" + numbers.getFirst() + "/no-show", otherDepartment,
                Map.of()), 404).problemType()).isEqualTo("appointment-not-found");
        assertThat(expect(get("/handling/halls/" + hall + "/appointments?date=2026-11-17", otherDepartment), 404)
                .problemType()).isEqualTo("hall-not-found");
        assertThat(expect(get("/handling/halls/" + hall + "/appointments?date=2026-11-17", staff), 200).json()
                .get(0).get("number").asString()).isEqualTo(numbers.getFirst());

        try (var probe = KafkaProbe.subscribe(AppointmentEvent.TOPIC)) {
            for (int i = 0; i < 3; i++) {
                MovedClock.CLOCK.set("2026-11-" + (17 + i) + "T09:40");
                assertThat(expect(post("/handling/appointments/" + numbers.get(i) + "/no-show", staff, Map.of()),
                        200).json().get("status").asString()).isEqualTo("NO_SHOW");
            }
            var event = probe.awaitRecord(r -> numbers.getLast().equals(r.key())
                    && AppointmentEvent.type("no-show").equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(60));
            assertThat(MAPPER.readTree(event.value()).get("department").asString()).isEqualTo("D-GOV-OFFICE");
            assertThat(event.value()).doesNotContain(citizen.id()).doesNotContain(citizen.username());
        }
        var blocked = expect(book(citizen, slotAt(hall, "GOV", "2026-11-23T09:00"), "Accept-Language", "en"), 403);
        assertThat(blocked.problemType()).isEqualTo("no-shows-block-online-booking");
        assertThat(blocked.json().get("detail").asString()).contains("3", "90 days", "2026-12-19");
        assertThat(events(numbers.getLast())).contains("gov.hub.hall.appointment.no-show.v1");

        // another citizen checks in with the code they show
        var punctual = TestAccounts.citizen();
        var visit = expect(book(punctual, slotAt(hall, "GOV", "2026-11-19T11:00")), 201).json();
        String visitNumber = visit.get("number").asString();
        assertThat(expect(post("/handling/appointments/" + visitNumber + "/arrival", staff,
                Map.of("checkInCode", wrong(visit.get("checkInCode").asString()))), 409).problemType())
                .isEqualTo("arrival-on-the-day-with-the-check-in-code");
        assertThat(expect(post("/handling/appointments/" + visitNumber + "/arrival", staff,
                Map.of("checkInCode", visit.get("checkInCode").asString())), 200).json().get("status").asString())
                .isEqualTo("ARRIVED");
    }

    @Test
    void the_reminder_goes_out_once_on_the_working_day_before_and_one_bad_booking_stops_no_other() {
        String hall = hall(admin(), "D-GOV-OFFICE");
        window(hall, 3, 60, mornings());
        var citizen = TestAccounts.citizen();
        // Monday: booked for Wednesday
        String number = expect(post("/appointments", citizen, Map.of("slotId", slotAt(hall, "GOV",
                "2026-11-18T10:00"), "contactChannel", "SMS", "phone", "13812345678")), 201).json().get("number")
                .asString();
        String spoilt = expect(post("/appointments", TestAccounts.citizen(), Map.of("slotId", slotAt(hall, "GOV",
                "2026-11-18T09:00"), "contactChannel", "EMAIL", "email", "someone@example.org")), 201).json()
                .get("number").asString();
        // a contact that no longer opens (e.g. sealed under a retired key)
        jdbc.sql("update appt_booking set contact = 'v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' where number = :n")
                .param("n", spoilt).update();
        reminders.sendDueNow();
        assertThat(reminders(number)).isZero();

        MovedClock.CLOCK.set("2026-11-17T09:00");
        assertThat(reminders.sendDueNow().failed()).isPositive();
        reminders.sendDueNow();
        assertThat(reminders(number)).isEqualTo(1);
        assertThat(reminders(spoilt)).isZero();

        MovedClock.CLOCK.set("2026-11-18T08:00");
        reminders.sendDueNow();
        assertThat(reminders(number)).isEqualTo(1);
    }

    @Test
    void a_new_schedule_applies_at_once_and_booked_citizens_keep_their_seats() {
        String hall = hall(admin(), "D-GOV-OFFICE");
        String window = window(hall, 2, 60, mornings());
        var citizen = TestAccounts.citizen();
        long eleven = slotAt(hall, "GOV", "2026-11-17T11:00");
        String number = expect(book(citizen, eleven), 201).json().get("number").asString();

        // afternoons only, 30-minute slots for 3
        expect(request("PUT", "/admin/halls/" + hall + "/windows/" + window, admin(), JSON, MAPPER.writeValueAsString(
                Map.of("name", "1号窗口", "itemCodes", List.of(), "slotMinutes", 30,
                        "periods", List.of(Map.of("from", "13:30", "to", "15:00")), "capacity", 3))), 200);

        var tuesday = slots(hall, "GOV", "2026-11-17", "2026-11-17");
        assertThat(tuesday).extracting(s -> s.get("startsAt").asString().substring(11, 16))
                .containsExactly("13:30", "14:00", "14:30");
        assertThat(tuesday).allSatisfy(s -> assertThat(s.get("available").asInt()).isEqualTo(3));
        assertThat(expect(get("/appointments/" + number, citizen), 200).json().get("status").asString())
                .isEqualTo("BOOKED");
        assertThat(seats(eleven)).isEqualTo(1);
        assertThat(expect(book(TestAccounts.citizen(), eleven), 409).problemType())
                .isEqualTo("no-seat-left-in-the-slot");
    }

    @Test
    void a_site_administrator_runs_the_halls_of_their_own_site_only() {
        var dongcheng = TestAccounts.atSite("DONGCHENG", null, "site-admin");
        String own = hall(dongcheng, "D-DONGCHENG-OFFICE");
        String city = hall(admin(), "D-GOV-OFFICE");

        assertThat(expect(post("/admin/halls", dongcheng, Map.of("department", "D-GOV-OFFICE", "name", "越权",
                "address", "x", "openingHours", "x")), 403).problemType()).isEqualTo("outside-site");
        assertThat(expect(post("/admin/halls/" + city + "/windows", dongcheng, Map.of("name", "x",
                "itemCodes", List.of(), "slotMinutes", 30, "periods", mornings(), "capacity", 1)), 403)
                .problemType()).isEqualTo("outside-site");
        var listed = new ArrayList<String>();
        expect(get("/admin/halls", dongcheng), 200).json().forEach(h -> listed.add(h.get("site").asString()));
        assertThat(listed).isNotEmpty().containsOnly("DONGCHENG");
        assertThat(expect(post("/admin/halls", TestAccounts.citizen(), Map.of("department", "D-GOV-OFFICE",
                "name", "x", "address", "x", "openingHours", "x")), 403).status()).isEqualTo(403);

        // the public sees a hall on its own site only
        expect(get("/public/halls/" + own + "?site=DONGCHENG", null), 200);
        assertThat(expect(get("/public/halls/" + city + "?site=DONGCHENG", null), 404).problemType())
                .isEqualTo("hall-not-found");
        int audited = jdbc.sql("select count(*) from admin_audit_log where target_id = :id")
                .param("id", own).query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void two_hundred_citizens_racing_for_the_last_five_seats_never_overbook() throws Exception {
        String hall = hall(admin(), "D-GOV-OFFICE");
        window(hall, 8, 60, List.of(Map.of("from", "09:00", "to", "10:00")));
        long slot = slotAt(hall, "GOV", "2026-11-17T09:00");
        for (int i = 0; i < 3; i++) {
            bookings.book(citizen("early-" + i + "-" + UUID.randomUUID()), command(slot), Optional.empty());
        }

        int racers = 200;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<String>>();
        for (int i = 0; i < racers; i++) {
            var citizen = citizen("racer-" + i + "-" + UUID.randomUUID());
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return bookings.book(citizen, command(slot), Optional.empty()).booking().number();
                } catch (HubProblem refused) {
                    return refused.type().status() + " " + refused.type().slug();
                }
            }));
        }
        start.countDown();
        var results = new ArrayList<String>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results.stream().filter(r -> r.startsWith("YY"))).hasSize(5);
        assertThat(results.stream().filter(r -> r.equals("409 no-seat-left-in-the-slot"))).hasSize(195);
        assertThat(seats(slot)).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from appt_booking where slot_id = :slot and status = 'BOOKED'")
                .param("slot", slot).query(Integer.class).single()).isEqualTo(8);
    }

    private static Actor citizen(String id) {
        return new Actor(id, id, Actor.Role.CITIZEN, null);
    }

    private static Bookings.BookCommand command(long slot) {
        return new Bookings.BookCommand(slot, null, ContactChannel.SITE, null, "zh-CN");
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private int seats(long slot) {
        return jdbc.sql("select booked from appt_slot where id = :id").param("id", slot).query(Integer.class)
                .single();
    }

    private int reminders(String number) {
        return jdbc.sql("""
                select count(*) from notification_outbox where tracking_number = :number and kind = 'APPOINTMENT_REMINDER'
                """).param("number", number).query(Integer.class).single();
    }

    private List<String> events(String number) {
        return jdbc.sql("select serialized_event from event_publication where serialized_event like :number")
                .param("number", "%" + number + "%").query(String.class).list().stream()
                .map(e -> e.replaceAll("(?s).*\"type\":\"([^\"]+)\".*", "$1")).toList();
    }
}
