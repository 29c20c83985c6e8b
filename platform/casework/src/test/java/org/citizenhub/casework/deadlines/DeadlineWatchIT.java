package org.citizenhub.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.TestCases;
import org.citizenhub.casework.TestService;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The watch as auto-configured in a service (every second, batch of 3, ShedLock on the real database), announcing
 * through the outbox to the real Kafka.
 */
class DeadlineWatchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestCases cases = TestService.bean(TestCases.class);
    private final WorkingTime time = TestService.bean(WorkingTime.class);
    private final String run = "watch-" + UUID.randomUUID().toString().substring(0, 8);

    /** Poison cases of earlier runs would be retried for ever; take them out of the watch's way. */
    @BeforeAll
    @AfterAll
    static void cureEarlierPoison() {
        TestService.bean(TestCases.class).jdbc()
                .sql("update it_case set next_announcement_at = null where poison").update();
    }

    @Test
    void a_case_that_always_fails_and_comes_first_does_not_keep_the_others_from_being_announced_once_each() {
        // the poison case is the most overdue, so it heads every query of due cases
        var poison = cases.open(run, "poison", overdueSince("2026-09-01T10:00", "reply"), true);
        List<TestCases.Case> others = List.of(
                cases.open(run, "one", overdueSince("2026-10-09T10:00", "reply"), false),
                cases.open(run, "two", overdueSince("2026-10-09T11:00", "reply"), false),
                cases.open(run, "three", overdueSince("2026-10-09T12:00", "reply"), false),
                cases.open(run, "four", overdueSince("2026-10-09T13:00", "reply"), false),
                cases.open(run, "five", overdueSince("2026-10-09T14:00", "reply"), false));

        Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            for (var c : others) {
                assertThat(announcements(c.id())).as(c.title()).containsExactly("OVERDUE");
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> cases.attempts.getOrDefault(poison.id(), 0) >= 2);

        // nothing is announced twice afterwards, however many more rounds run
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            for (var c : others) {
                assertThat(announcements(c.id())).containsExactly("OVERDUE");
                assertThat(cases.attempts.get(c.id())).isEqualTo(1);
            }
        });
        assertThat(announcements(poison.id())).isEmpty();
        assertThat(TestService.bean(MeterRegistry.class).get(DeadlineWatch.FAILURES)
                .tag("announcer", "testing-cases").counter().count()).isGreaterThanOrEqualTo(2);
        assertThat(publications(others.getFirst().trackingNumber().value())).isEqualTo(1);
    }

    @Test
    void a_case_with_two_clocks_announces_each_through_the_outbox_to_kafka_in_the_shared_schema() {
        Instant accepted = shanghai("2026-10-09T10:00");
        var investigation = DeadlineClock.start(DeadlineRule.of("complaint-investigation", WorkingDays.of(15), WorkingDays.of(3)), accepted,
                "handler-1", time);
        var completion = DeadlineClock.start(DeadlineRule.of("complaint-completion", 20), accepted, "handler-1",
                time);
        var deadlines = CaseDeadlines.none().start("investigation", investigation).start("completion", completion)
                .announced("completion", DeadlineAnnounced.Kind.DUE_SOON);

        try (KafkaProbe probe = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            var complaint = cases.open(run, "complaint", deadlines, false);
            String tn = complaint.trackingNumber().value();
            // tracking numbers are unique per database only, and the topic is shared by every test database of the
            // run: the case id tells this case's records apart
            String caseId = complaint.id().toString();

            ConsumerRecord<String, String> first = probe.awaitRecord(r -> tn.equals(r.key())
                    && r.value().contains(caseId) && r.value().contains("\"investigation\""), Duration.ofSeconds(60));
            ConsumerRecord<String, String> second = probe.awaitRecord(r -> tn.equals(r.key())
                    && r.value().contains(caseId) && r.value().contains("\"completion\""), Duration.ofSeconds(30));

            assertThat(KafkaProbe.header(first, "ce_type")).isEqualTo("gov.hub.casework.deadline.overdue.v1");
            assertThat(KafkaProbe.header(first, "ce_source")).isEqualTo("/citizen-hub/testing-service");
            assertThat(KafkaProbe.header(first, "ce_subject")).isEqualTo(tn);
            assertThat(KafkaProbe.header(first, "ce_specversion")).isEqualTo("1.0");
            JsonNode data = JSON.readTree(first.value());
            assertThat(data.path("service").asString()).isEqualTo("testing");
            assertThat(data.path("caseType").asString()).isEqualTo("it-case");
            assertThat(data.path("caseId").asString()).isEqualTo(complaint.id().toString());
            assertThat(data.path("trackingNumber").asString()).isEqualTo(tn);
            assertThat(data.path("department").asString()).isEqualTo("D-TEST");
            assertThat(data.path("rule").asString()).isEqualTo("complaint-investigation");
            assertThat(data.path("dueAt").asString()).endsWith("+08:00");
            assertThat(JSON.readTree(second.value()).path("rule").asString()).isEqualTo("complaint-completion");
            assertThat(KafkaProbe.header(second, "ce_type")).isEqualTo("gov.hub.casework.deadline.overdue.v1");

            // each clock once: no further record for the case, however many rounds run
            Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(probe.records().stream().filter(r -> tn.equals(r.key()))).hasSize(2));
            var stored = cases.find(complaint.id()).deadlines();
            assertThat(stored.require("investigation").overdueAnnounced()).isTrue();
            assertThat(stored.require("completion").overdueAnnounced()).isTrue();
        }
    }

    private CaseDeadlines overdueSince(String acceptedLocal, String name) {
        var clock = DeadlineClock.start(DeadlineRule.of("it-reply", 3), shanghai(acceptedLocal), "handler-1", time);
        return CaseDeadlines.none().start(name, clock);
    }

    private List<String> announcements(UUID id) {
        return cases.history().read(id).stream().map(CaseStep::action)
                .filter(a -> a.equals("OVERDUE") || a.equals("DUE_SOON")).toList();
    }

    private long publications(String trackingNumber) {
        return cases.jdbc().sql("select count(*) from event_publication where serialized_event like :tn")
                .param("tn", "%" + trackingNumber + "%").query(Long.class).single();
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
