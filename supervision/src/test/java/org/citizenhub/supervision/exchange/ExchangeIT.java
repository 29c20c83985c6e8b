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
import org.citizenhub.supervision.exchange.examples.WebhookVerifier.Outcome;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The exchange on the real servers: events published on Kafka reach a real receiver on 127.0.0.1 as signed
 * Standard Webhooks, in order per case, through a receiver outage, into dead letters and back by hand, and again by
 * replay; the admin port's subscriptions and the machine clients' pull API. Each test filters its subscription on a
 * department of its own, since the broker and the database are shared by every run.
 */
class ExchangeIT extends SupervisionIT {

    private static final Account ADMIN = TestAccounts.admin();
    private static final String MACHINE_CLIENT = "supervision-exchange-it";
    private static final String MACHINE_SECRET = "exchange-it-secret-7c1e";

    private final HubEvents events = new HubEvents();
    private final List<String> subscriptions = new ArrayList<>();
    private WebhookReceiver receiver;
    private String department;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aReceiverAndADepartmentOfThisTest() {
        receiver = new WebhookReceiver(MovedClock.CLOCK);
        department = "D-EX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(id -> request("DELETE", "/admin/subscriptions/" + id, ADMIN, null, null));
        receiver.close();
        events.close();
    }

    @Test
    void a_receiver_down_for_an_hour_gets_every_event_signed_and_in_order_per_case_once_it_is_back() {
        String id = subscribe("mailbox");
        receiver.goDown();
        OffsetDateTime t = OffsetDateTime.now(MovedClock.CLOCK);
        String a1 = events.letter("A-" + department, department, "submitted", t);
        String b1 = events.letter("B-" + department, department, "submitted", t);
        String a2 = events.letter("A-" + department, department, "accepted", t.plusSeconds(1));
        String a3 = events.letter("A-" + department, department, "handled", t.plusSeconds(2));
        String b2 = events.letter("B-" + department, department, "handled", t.plusSeconds(3));
        awaitAttempts(id, a1, 1);
        awaitAttempts(id, b1, 1);

        // down for an hour: the retries at 5 s, 30 s, 2 min, 10 min and 30 min fail too
        for (Duration wait : List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofMinutes(30))) {
            int before = delivery(id, a1).path("attempts").asInt();
            MovedClock.CLOCK.advance(wait);
            awaitAttempts(id, a1, before + 1);
        }
        assertThat(delivery(id, a2).path("attempts").asInt()).as("a case's next event waits for the one before")
                .isZero();
        assertThat(delivery(id, a1).path("status").asString()).isEqualTo("pending");

        receiver.comeBack();
        MovedClock.CLOCK.advance(Duration.ofHours(1));

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() == 5);
        assertThat(receiver.all()).allMatch(r -> r.outcome() == Outcome.ACCEPTED);
        assertThat(idsOf("A-" + department)).containsExactly(a1, a2, a3);
        assertThat(idsOf("B-" + department)).containsExactly(b1, b2);
        assertThat(delivery(id, a3).path("attempts").asInt()).isOne();
        assertThat(receiver.processed().getFirst().body().path("data").path("department").asString())
                .isEqualTo(department);
        assertThat(get("/actuator/prometheus", null).body()).contains("hub_exchange_deliveries_total{outcome=\"failed\"}")
                .contains("hub_exchange_deliveries_total{outcome=\"delivered\"}");
    }

    @Test
    void a_delivery_refused_eight_times_is_a_dead_letter_until_an_admin_sends_it_again() {
        String id = subscribe("mailbox");
        receiver.failWith500(true);
        String event = events.letter("C-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));
        awaitAttempts(id, event, 1);
        for (Duration wait : List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2))) {
            int before = delivery(id, event).path("attempts").asInt();
            MovedClock.CLOCK.advance(wait);
            awaitAttempts(id, event, before + 1);
        }
        JsonNode dead = delivery(id, event);
        assertThat(dead.path("status").asString()).isEqualTo("dead");
        assertThat(dead.path("attempts").asInt()).isEqualTo(8);
        assertThat(dead.path("lastStatus").asInt()).isEqualTo(500);
        MovedClock.CLOCK.advance(Duration.ofHours(4));
        assertThat(receiver.processed()).isEmpty();

        receiver.failWith500(false);
        var again = expect(post("/admin/subscriptions/" + id + "/deliveries/" + dead.path("id").asLong()
                + "/redeliver", ADMIN, Map.of()), 202);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed().size() == 1);
        assertThat(receiver.processed().getFirst().webhookId()).isEqualTo(event);
        assertThat(again.json().path("cause").asString()).isEqualTo("redelivery");
        assertThat(jdbc.sql("select count(*) from admin_audit_log where action = 'exchange.delivery.redelivered'"
                + " and target_id = :id").param("id", id).query(Long.class).single()).isOne();
    }

    @Test
    void a_replay_from_a_point_in_time_sends_again_what_happened_since_and_the_verifier_knows_the_ids() {
        String id = subscribe("mailbox");
        OffsetDateTime t = OffsetDateTime.now(MovedClock.CLOCK).minusHours(3);
        String early = events.letter("D-" + department, department, "submitted", t);
        String later = events.letter("D-" + department, department, "accepted", t.plusHours(2));
        String latest = events.letter("E-" + department, department, "submitted", t.plusHours(2).plusMinutes(5));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() == 3);

        var replay = expect(post("/admin/subscriptions/" + id + "/replay", ADMIN,
                Map.of("from", t.plusHours(1).toInstant().toString())), 202);

        assertThat(replay.json().path("queued").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.all().size() == 5);
        assertThat(receiver.all().subList(3, 5)).extracting(WebhookReceiver.Received::webhookId)
                .containsExactlyInAnyOrder(later, latest);
        assertThat(receiver.all().subList(3, 5)).allMatch(r -> r.outcome() == Outcome.REPLAYED);
        assertThat(receiver.processed()).extracting(WebhookReceiver.Received::webhookId)
                .containsExactlyInAnyOrder(early, later, latest);
    }

    @Test
    void a_paused_subscription_keeps_its_events_and_sends_them_once_resumed() {
        String id = subscribe("mailbox");
        expect(post("/admin/subscriptions/" + id + "/pause", ADMIN, Map.of()), 200);
        String event = events.letter("P-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));
        await().atMost(Duration.ofSeconds(60)).until(() -> delivery(id, event).path("status").asString().equals("pending"));
        MovedClock.CLOCK.advance(Duration.ofMinutes(10));
        assertThat(delivery(id, event).path("attempts").asInt()).isZero();

        expect(post("/admin/subscriptions/" + id + "/resume", ADMIN, Map.of()), 200);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed().size() == 1);
        assertThat(receiver.processed().getFirst().webhookId()).isEqualTo(event);
    }

    @Test
    void a_department_filter_matches_every_department_an_event_names_and_nothing_else() {
        String id = subscribe("mailbox", "hall");
        String other = department + "-OTHER";
        OffsetDateTime now = OffsetDateTime.now(MovedClock.CLOCK);
        String elsewhere = events.letter("L-" + other, other, "submitted", now);
        String application = UUID.randomUUID().toString();
        events.send("gov.hub.hall.application", "BJ-" + department, application, "gov.hub.hall.application.submitted.v1",
                "BJ-" + department, now, "{\"number\":\"BJ-" + department + "\",\"acceptingDepartment\":\"" + other
                        + "\",\"departments\":[\"" + other + "\",\"" + department + "\"]}");

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.processed().size() == 1
                && jdbc.sql("select count(*) from ex_event where event_id = :id").param("id", elsewhere)
                .query(Long.class).single() == 1);
        assertThat(receiver.processed().getFirst().webhookId()).isEqualTo(application);
        assertThat(delivery(id, elsewhere).isEmpty()).as("the other department's letter is not theirs").isTrue();
    }

    @Test
    void a_receiver_answering_410_gone_pauses_its_subscription_and_loses_nothing() {
        String id = subscribe("mailbox");
        receiver.gone(true);
        String event = events.letter("Q-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));

        await().atMost(Duration.ofSeconds(60)).until(() -> !expect(get("/admin/subscriptions/" + id, ADMIN), 200)
                .json().path("active").asBoolean());
        assertThat(delivery(id, event).path("status").asString()).isEqualTo("pending");
        assertThat(delivery(id, event).path("lastStatus").asInt()).isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from admin_audit_log where action = 'exchange.subscription.paused'"
                + " and target_id = :id and actor_subject = 'system'").param("id", id).query(Long.class).single())
                .isOne();

        receiver.gone(false);
        expect(post("/admin/subscriptions/" + id + "/resume", ADMIN, Map.of()), 200);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed().size() == 1);
        assertThat(receiver.processed().getFirst().webhookId()).isEqualTo(event);
    }

    @Test
    void a_slow_receiver_holds_only_its_own_subscription() {
        String fast = subscribe("mailbox");
        try (WebhookReceiver slow = new WebhookReceiver(MovedClock.CLOCK)) {
            var created = expect(post("/admin/subscriptions", ADMIN, Map.of("name", "slow " + department,
                    "families", List.of("mailbox"), "department", department, "url", slow.url())), 201).json();
            subscriptions.add(created.path("subscription").path("id").asString());
            slow.trust(created.path("secret").asString());
            slow.hold();

            String first = events.letter("G-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));
            String second = events.letter("H-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.processed().size() == 2);
            assertThat(slow.all()).isEmpty();
            assertThat(receiver.processed()).extracting(WebhookReceiver.Received::webhookId)
                    .containsExactlyInAnyOrder(first, second);
            assertThat(delivery(fast, second).path("status").asString()).isEqualTo("delivered");
            slow.release();
            await().atMost(Duration.ofSeconds(30)).until(() -> slow.processed().size() == 2);
        }
    }

    @Test
    void subscriptions_are_the_administrators_the_secret_is_shown_once_and_changes_are_audited() {
        var request = Map.of("name", "12345 hotline", "families", List.of("mailbox", "hall"), "url", receiver.url());
        assertThat(post("/admin/subscriptions", TestAccounts.supervisor(), request).status()).isEqualTo(403);
        assertThat(post("/admin/subscriptions", TestAccounts.handler("D-TRANSPORT"), request).status()).isEqualTo(403);

        var created = expect(post("/admin/subscriptions", ADMIN, request), 201).json();
        String id = created.path("subscription").path("id").asString();
        subscriptions.add(id);

        assertThat(created.path("secret").asString()).startsWith("whsec_");
        String shown = expect(get("/admin/subscriptions/" + id, ADMIN), 200).body()
                + expect(get("/admin/subscriptions", ADMIN), 200).body();
        assertThat(shown).contains(id).doesNotContain(created.path("secret").asString().substring(6))
                .doesNotContain("secret");
        assertThat(jdbc.sql("select count(*) from admin_audit_log where action = 'exchange.subscription.created'"
                + " and target_id = :id").param("id", id).query(Long.class).single()).isOne();
        assertThat(post("/admin/subscriptions", ADMIN, Map.of("name", "x", "families", List.of("letters"),
                "url", receiver.url())).problemType()).isEqualTo("unknown-event-family");
    }

    @Test
    void a_receiver_in_a_private_network_or_without_https_is_refused() {
        for (var refused : Map.of("https://10.0.0.8/hooks", "target-not-public",
                "https://169.254.169.254/latest/meta-data", "target-not-public",
                "https://[::1]:8443/hooks", "target-not-public",
                "http://receiver.gov.example/hooks", "target-not-https",
                "https://user:pw@receiver.gov.example/hooks", "target-malformed").entrySet()) {
            var response = post("/admin/subscriptions", ADMIN, Map.of("name", "ssrf", "families", List.of("mailbox"),
                    "url", refused.getKey()));
            assertThat(response.status()).as(refused.getKey()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.problemType()).as(refused.getKey()).isEqualTo(refused.getValue());
        }
    }

    @Test
    void a_machine_client_pulls_a_family_only_with_its_scope_and_gets_a_problem_without() {
        // created here if missing, so the test runs on an older realm as on a fresh one
        var keycloak = SharedInfrastructure.get().keycloakAdmin();
        keycloak.ensureClientScope("events.mailbox", "Machine clients: mailbox events");
        keycloak.ensureClientScope("events.hall", "Machine clients: service hall events");
        keycloak.ensureMachineClient(MACHINE_CLIENT, MACHINE_SECRET, List.of("basic", "hub-api"),
                List.of("events.mailbox"));
        String mailboxReader = keycloak.clientCredentialsToken(MACHINE_CLIENT, MACHINE_SECRET, "events.mailbox");
        String noScope = keycloak.clientCredentialsToken(MACHINE_CLIENT, MACHINE_SECRET, null);
        String cursor = endOfFeed(mailboxReader);

        String event = events.letter("F-" + department, department, "submitted", OffsetDateTime.now(MovedClock.CLOCK));

        await().atMost(Duration.ofSeconds(60)).until(() -> pull(mailboxReader, "mailbox", cursor).json()
                .path("events").toString().contains(event));
        JsonNode page = pull(mailboxReader, "mailbox", cursor).json();
        assertThat(page.path("next").asString()).isNotEqualTo(cursor);
        var refused = pull(noScope, "mailbox", cursor);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("event-scope-missing");
        assertThat(pull(mailboxReader, "hall", null).problemType()).isEqualTo("event-scope-missing");
        assertThat(get("/exchange/events?family=mailbox", ADMIN).status()).as("staff hold no event scope")
                .isEqualTo(403);
    }

    private Response pull(String token, String family, String after) {
        return get("/exchange/events?family=" + family + (after == null ? "" : "&after=" + after), null,
                "Authorization", "Bearer " + token);
    }

    /** The cursor after the last stored event of the family (the shared database holds earlier runs' events). */
    private String endOfFeed(String token) {
        String cursor = "0";
        while (true) {
            JsonNode page = expect(pull(token, "mailbox", cursor), 200).json();
            if (page.path("events").isEmpty()) {
                return cursor;
            }
            cursor = page.path("next").asString();
        }
    }

    private String subscribe(String... families) {
        var created = expect(post("/admin/subscriptions", ADMIN, Map.of("name", "test " + department,
                "families", List.of(families), "department", department, "url", receiver.url())), 201).json();
        receiver.trust(created.path("secret").asString());
        String id = created.path("subscription").path("id").asString();
        subscriptions.add(id);
        return id;
    }

    private List<String> idsOf(String caseKey) {
        return receiver.processed().stream().filter(r -> caseKey.equals(r.subject()))
                .map(WebhookReceiver.Received::webhookId).toList();
    }

    /** The newest delivery of the event to the subscription (empty node while the intake has not stored it). */
    private JsonNode delivery(String subscription, String eventId) {
        for (JsonNode d : expect(get("/admin/subscriptions/" + subscription + "/deliveries", ADMIN), 200).json()) {
            if (d.path("eventId").asString().equals(eventId)) {
                return d;
            }
        }
        return MAPPER.createObjectNode();
    }

    private void awaitAttempts(String subscription, String eventId, int attempts) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> delivery(subscription, eventId).path("attempts").asInt() >= attempts);
    }
}
