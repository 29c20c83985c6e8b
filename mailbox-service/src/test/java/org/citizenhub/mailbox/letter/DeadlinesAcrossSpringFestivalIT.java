package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.MovableClock;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A letter's reply deadline through Spring Festival 2026 (15–23 Feb off; Saturdays 14 and 28 Feb worked), with the
 * service's clock moved through time: acceptance, a pause while the citizen supplies information, the due-soon
 * warning and the overdue notice, each announced once.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.mailbox.deadline-watch-interval=1h"})
@Import(DeadlinesAcrossSpringFestivalIT.MovedClock.class)
class DeadlinesAcrossSpringFestivalIT {

    private static final String JSON = "application/json";

    @TestConfiguration
    static class MovedClock {
        static final MovableClock CLOCK = new MovableClock();

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    LetterHandling handling;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @AfterEach
    void backToNow() {
        MovedClock.CLOCK.reset();
    }

    @Test
    void a_letter_accepted_before_spring_festival_pauses_for_the_citizen_and_is_warned_and_overdue_once() {
        var citizen = TestAccounts.citizen();
        var office = TestAccounts.handler("D-GOV-OFFICE");
        var handler = TestAccounts.handler("D-TRANSPORT");
        var supervisor = TestAccounts.supervisor();
        var clock = MovedClock.CLOCK;

        clock.set("2026-02-13T10:00");
        String tn = api.post("/letters", citizen.bearer(), JSON,
                json(letter("MAYOR", "COMPLAINT", "公交站台积水", "雨后站台积水严重。"))).json()
                .get("trackingNumber").asString();
        String letterId = jdbc.sql("select id::text from letter where tracking_number = ?").param(tn)
                .query(String.class).single();
        assertThat(step(office, tn, "acceptance").json().get("deadline").get("dueAt").asString())
                .isEqualTo("2026-03-12T17:00:00+08:00");
        step(office, tn, "assignment", "department", "D-TRANSPORT");

        clock.set("2026-02-13T16:00");
        var paused = step(handler, tn, "information-request", "question", "请提供积水站台的具体位置。");
        assertThat(paused.json().get("status").asString()).isEqualTo("AWAITING_CITIZEN");
        assertThat(paused.json().get("deadline").get("paused").asBoolean()).isTrue();

        clock.set("2026-02-26T09:00");
        var resumed = api.post("/letters/" + tn + "/supplements", citizen.bearer(), JSON,
                json(Map.of("text", "人民路与解放路交叉口东侧站台。")));
        assertThat(resumed.status()).isEqualTo(200);
        // 15 working days and 1 hour were left at the pause; from 26 Feb 09:00 they end on 18 Mar at 10:00
        assertThat(api.get("/handling/letters/" + tn, handler.bearer()).json().get("deadline").get("dueAt")
                .asString()).isEqualTo("2026-03-18T10:00:00+08:00");

        try (var probe = KafkaProbe.subscribe(LetterSubmitted.TOPIC)) {
            clock.set("2026-03-13T09:59");
            handling.announceDeadlines(1000);
            probe.assertNoRecord(r -> r.value().contains(letterId) && isType(r, "due-soon"), Duration.ofSeconds(2));

            clock.set("2026-03-13T10:00");
            handling.announceDeadlines(1000);
            handling.announceDeadlines(1000);
            probe.awaitRecord(r -> r.value().contains(letterId) && isType(r, "due-soon"), Duration.ofSeconds(30));

            clock.set("2026-03-18T10:01");
            handling.announceDeadlines(1000);
            handling.announceDeadlines(1000);
            var overdue = probe.awaitRecord(r -> r.value().contains(letterId) && isType(r, "overdue"),
                    Duration.ofSeconds(30));
            assertThat(MailboxApi.parse(overdue.value()).get("dueAt").asString()).isEqualTo("2026-03-18T10:00:00+08:00");

            var supervision = api.get("/workbench/supervision?size=200", supervisor.bearer());
            assertThat(supervision.body()).contains(tn).contains("OVERDUE");

            probe.assertNoRecord(r -> false, Duration.ofSeconds(2));
            assertThat(probe.records().stream().filter(r -> r.value().contains(letterId))
                    .filter(r -> isType(r, "due-soon") || isType(r, "overdue")).count()).isEqualTo(2);
        }
    }

    private static boolean isType(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
                                  String event) {
        return ("gov.hub.mailbox.letter." + event + ".v1").equals(KafkaProbe.header(record, "ce_type"));
    }

    private MailboxApi.Response step(TestAccounts.Account actor, String tn, String step, String... keyValues) {
        var body = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put(keyValues[i], keyValues[i + 1]);
        }
        var response = api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response;
    }
}
