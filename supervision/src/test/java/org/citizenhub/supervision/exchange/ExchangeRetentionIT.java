package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.supervision.exchange.RetentionStore.Kind;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The exchange's retention on the real servers (delivered 30 d, dead 90 d, events 90 d, the defaults): the clock is
 * set back to August for the events, moved through a dead letter in September to mid-November for the purge, and
 * on into December for the dead letter's own end; no sleeps. Each subscription filters on a department of its own,
 * since the broker and the database are shared.
 */
class ExchangeRetentionIT extends SupervisionIT {

    private static final Account ADMIN = TestAccounts.admin();

    private final HubEvents events = new HubEvents();
    private final List<String> subscriptions = new ArrayList<>();
    private WebhookReceiver receiver;
    private String run;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExchangeRetention retention;

    @BeforeEach
    void aReceiver() {
        receiver = new WebhookReceiver(MovedClock.CLOCK);
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @AfterEach
    void cleanUp() {
        MovedClock.CLOCK.set("2026-11-16T10:00"); // the admin's token must not look expired
        subscriptions.forEach(id -> request("DELETE", "/admin/subscriptions/" + id, ADMIN, null, null));
        receiver.close();
        events.close();
    }

    @Test
    void old_delivered_deliveries_and_unneeded_events_go_while_pending_and_dead_ones_keep_theirs_and_replay_says_how_far_back_it_reaches() {
        // August: one event delivered, one for a subscription paused until September, one for a subscription paused
        // for good
        MovedClock.CLOCK.set("2026-08-03T10:00");
        String dying = subscribe("D-RB-" + run);
        String paused = subscribe("D-RC-" + run);
        String delivering = subscribe("D-RA-" + run); // last: the receiver verifies with its secret
        expect(post("/admin/subscriptions/" + dying + "/pause", ADMIN, Map.of()), 200);
        expect(post("/admin/subscriptions/" + paused + "/pause", ADMIN, Map.of()), 200);
        OffsetDateTime august = OffsetDateTime.now(MovedClock.CLOCK);
        String delivered = events.letter("RA-" + run, "D-RA-" + run, "submitted", august);
        String dead = events.letter("RB-" + run, "D-RB-" + run, "submitted", august);
        String pending = events.letter("RC-" + run, "D-RC-" + run, "submitted", august);
        // on a new test database the intake first catches up with the shared topics' history
        await().atMost(Duration.ofMinutes(2)).until(() -> status(delivering, delivered).equals("delivered"));
        await().atMost(Duration.ofSeconds(60)).until(() -> status(dying, dead).equals("pending")
                && status(paused, pending).equals("pending"));

        // September: the second subscription resumes against a failing receiver and its delivery dies
        MovedClock.CLOCK.set("2026-09-07T10:00");
        receiver.failWith500(true);
        expect(post("/admin/subscriptions/" + dying + "/resume", ADMIN, Map.of()), 200);
        awaitAttempts(dying, dead, 1);
        for (Duration wait : List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2))) {
            int before = attempts(dying, dead);
            MovedClock.CLOCK.advance(wait);
            awaitAttempts(dying, dead, before + 1);
        }
        assertThat(status(dying, dead)).isEqualTo("dead");
        receiver.failWith500(false);

        // mid-November: a fresh event, then the purge in batches of one row
        MovedClock.CLOCK.set("2026-11-16T10:00");
        String fresh = events.letter("RA-" + run, "D-RA-" + run, "accepted", OffsetDateTime.now(MovedClock.CLOCK));
        await().atMost(Duration.ofSeconds(60)).until(() -> status(delivering, fresh).equals("delivered"));

        var purge = retention.purge(1);

        assertThat(purge.deleted(Kind.DELIVERED)).as("the August delivery, 105 days old").isPositive();
        assertThat(purge.deleted(Kind.EVENTS)).isPositive();
        assertThat(purge.failedBatches()).isZero();
        assertThat(eventStored(delivered)).as("delivered and older than 90 days: gone").isFalse();
        assertThat(deliveries(delivering)).containsExactly("delivered");
        assertThat(eventStored(fresh)).isTrue();
        assertThat(eventStored(dead)).as("105 days old, but its dead letter (70 days) still needs it").isTrue();
        assertThat(deliveries(dying)).containsExactly("dead");
        assertThat(eventStored(pending)).as("a pending delivery is never purged, nor its event").isTrue();
        assertThat(deliveries(paused)).containsExactly("pending");
        assertThat(get("/actuator/prometheus", null).body())
                .contains("hub_exchange_retention_deleted_total{kind=\"events\"}")
                .contains("hub_exchange_retention_deleted_total{kind=\"delivered\"}");

        // a replay from before the kept events is refused, naming from when it may start (90 days back)
        var refused = post("/admin/subscriptions/" + delivering + "/replay", ADMIN,
                Map.of("from", august.toInstant().toString()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asString())
                .isEqualTo("https://citizenhub.example/problems/replay-before-retention");
        assertThat(refused.json().path("detail").asString()).contains("2026-08-18T10:00+08:00").contains("90 天");
        var english = post("/admin/subscriptions/" + delivering + "/replay", ADMIN,
                Map.of("from", august.toInstant().toString()), "Accept-Language", "en");
        assertThat(english.json().path("detail").asString()).contains("Replay from 2026-08-18T10:00+08:00 or later");
        var fromTheHorizon = expect(post("/admin/subscriptions/" + delivering + "/replay", ADMIN,
                Map.of("from", "2026-08-18T10:00:00+08:00")), 202);
        assertThat(fromTheHorizon.json().path("queued").asInt()).as("what is kept since then: the fresh event")
                .isOne();

        // December: the dead letter is past its 90 days, so it goes, and its event with it; the pending one stays
        MovedClock.CLOCK.set("2026-12-08T10:00");
        retention.purge();
        assertThat(jdbc.sql("select count(*) from ex_delivery where subscription_id = :id")
                .param("id", UUID.fromString(dying)).query(Long.class).single()).isZero();
        assertThat(eventStored(dead)).isFalse();
        assertThat(eventStored(pending)).isTrue();
        assertThat(jdbc.sql("select status from ex_delivery where subscription_id = :id")
                .param("id", UUID.fromString(paused)).query(String.class).list()).containsExactly("pending");
    }

    private String subscribe(String department) {
        var created = expect(post("/admin/subscriptions", ADMIN, Map.of("name", "retention " + department,
                "families", List.of("mailbox"), "department", department, "url", receiver.url())), 201).json();
        receiver.trust(created.path("secret").asString());
        String id = created.path("subscription").path("id").asString();
        subscriptions.add(id);
        return id;
    }

    private boolean eventStored(String eventId) {
        return jdbc.sql("select count(*) from ex_event where event_id = :id").param("id", eventId)
                .query(Long.class).single() == 1;
    }

    /** The statuses of the subscription's deliveries, straight from the table. */
    private List<String> deliveries(String subscription) {
        return jdbc.sql("select status from ex_delivery where subscription_id = :id order by id")
                .param("id", UUID.fromString(subscription)).query(String.class).list();
    }

    private JsonNode delivery(String subscription, String eventId) {
        for (JsonNode d : expect(get("/admin/subscriptions/" + subscription + "/deliveries", ADMIN), 200).json()) {
            if (d.path("eventId").asString().equals(eventId)) {
                return d;
            }
        }
        return MAPPER.createObjectNode();
    }

    private String status(String subscription, String eventId) {
        return delivery(subscription, eventId).path("status").asString("");
    }

    private int attempts(String subscription, String eventId) {
        return delivery(subscription, eventId).path("attempts").asInt();
    }

    private void awaitAttempts(String subscription, String eventId, int attempts) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> attempts(subscription, eventId) >= attempts);
    }
}
