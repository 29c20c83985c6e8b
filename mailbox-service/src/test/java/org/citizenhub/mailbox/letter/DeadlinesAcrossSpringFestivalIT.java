package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
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
 * warning and the overdue notice, each announced once (by the casework core's deadline watch, here run one round at
 * a time), also as the shared casework deadline event; a letter whose announcement fails stops none of the others.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.casework.deadline-watch.interval=1h"})
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
    DeadlineWatch watch;

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
            watch.roundWithoutLock();
            probe.assertNoRecord(r -> r.value().contains(letterId) && isType(r, "due-soon"), Duration.ofSeconds(2));

            clock.set("2026-03-13T10:00");
            watch.roundWithoutLock();
            watch.roundWithoutLock();
            probe.awaitRecord(r -> r.value().contains(letterId) && isType(r, "due-soon"), Duration.ofSeconds(30));

            clock.set("2026-03-18T10:01");
            watch.roundWithoutLock();
            watch.roundWithoutLock();
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

    @Test
    void one_letter_whose_announcement_fails_does_not_stop_the_others_and_each_is_announced_in_both_schemas() {
        var citizen = TestAccounts.citizen();
        var office = TestAccounts.handler("D-GOV-OFFICE");
        var clock = MovedClock.CLOCK;
        clock.set("2026-02-13T10:00");
        var letters = new java.util.ArrayList<String>();
        for (String title : java.util.List.of("路灯不亮", "井盖缺失", "树木倒伏")) {
            String tn = api.post("/letters", citizen.bearer(), JSON, json(letter("MAYOR", "COMPLAINT", title, "请处理。")))
                    .json().get("trackingNumber").asString();
            step(office, tn, "acceptance");
            step(office, tn, "assignment", "department", "D-TRANSPORT");
            letters.add(tn);
        }
        String poison = letters.getFirst();
        String poisonClock = jdbc.sql("select deadline::text from letter where tracking_number = ?").param(poison)
                .query(String.class).single();
        // a row the service cannot read, and the most urgent of all, so it comes first
        jdbc.sql("""
                update letter set deadline = '{"unreadable": true}'::jsonb,
                       deadline_due_at = deadline_due_at - interval '1 hour' where tracking_number = ?""")
                .param(poison).update();
        try (var mailboxEvents = KafkaProbe.subscribe(LetterSubmitted.TOPIC);
             var sharedEvents = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            clock.set("2026-03-12T18:00");

            var rounds = watch.roundWithoutLock();

            assertThat(rounds).anySatisfy(round -> {
                assertThat(round.announcer()).isEqualTo("mailbox-letters");
                assertThat(round.failed()).isGreaterThanOrEqualTo(1);
            });
            for (String tn : letters.subList(1, letters.size())) {
                assertThat(jdbc.sql("select overdue_announced from letter where tracking_number = ?").param(tn)
                        .query(Boolean.class).single()).as(tn).isTrue();
                mailboxEvents.awaitRecord(r -> tn.equals(r.key()) && isType(r, "overdue"), Duration.ofSeconds(30));
                var shared = sharedEvents.awaitRecord(r -> tn.equals(r.key())
                        && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(30));
                var data = MailboxApi.parse(shared.value());
                assertThat(data.get("service").asString()).isEqualTo("mailbox");
                assertThat(data.get("caseType").asString()).isEqualTo("letter");
                assertThat(data.get("deadline").asString()).isEqualTo("reply");
                assertThat(data.get("department").asString()).isEqualTo("D-TRANSPORT");
                assertThat(data.get("site").asString()).as("MAYOR's office is the city's").isEqualTo("GOV");
                assertThat(data.get("handlingSite").asString()).isEqualTo("GOV");
                assertThat(shared.value()).doesNotContain("请处理");
            }
            assertThat(jdbc.sql("select overdue_announced from letter where tracking_number = ?").param(poison)
                    .query(Boolean.class).single()).isFalse();
        } finally {
            jdbc.sql("update letter set deadline = cast(? as jsonb) where tracking_number = ?")
                    .param(poisonClock).param(poison).update();
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
