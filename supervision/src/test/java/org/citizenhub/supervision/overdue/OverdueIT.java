package org.citizenhub.supervision.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.supervision.overdue.HubEvents.at;
import static org.citizenhub.supervision.overdue.HubEvents.data;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The read model fed by real CloudEvents on the real Kafka (each test its own ids and, where it can, its own
 * department codes: the broker is shared by every test run), read through {@code GET /overdue}. The clock stands on
 * Monday 16 November 2026 10:00 (Shanghai).
 */
class OverdueIT extends SupervisionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static HubEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeConsumer intake;

    @BeforeAll
    static void producer() {
        events = new HubEvents(org.citizenhub.testing.SharedInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    // --- the overdue view across services ---------------------------------------------------------------------------

    @Test
    void letters_complaints_drafts_and_rectifications_land_in_one_view_with_red_and_yellow_cards() {
        String dept = uniqueDepartment();
        String letter = UUID.randomUUID().toString();
        String complaint = UUID.randomUUID().toString();
        String application = UUID.randomUUID().toString();
        String draft = "YJ" + digits();
        String rating = "PJ" + digits();
        var sent = new ArrayList<HubEvents.Sent>();
        // a letter whose reply was due last Thursday: red, 2 working days overdue (Friday, Monday)
        sent.add(letterSubmitted(letter, "ML" + digits(), "2026-11-02T09:00:00"));
        sent.add(letterStep("accepted", letter, "ML" + digits(), dept, "2026-11-12T17:00:00", null, "2026-11-02T10:00:00"));
        // a complaint due on Wednesday: within 3 working days, yellow
        sent.add(consultation("submitted", complaint, "COMPLAINT", dept, "investigation", "2026-11-18T17:00:00", null,
                "2026-11-10T09:00:00"));
        // an application due in three weeks: neither red nor yellow
        sent.add(application("submitted", application, dept, "2026-12-04T17:00:00", "2026-11-16T09:00:00"));
        // a draft's feedback known only from the shared overdue announcement: red, 1 working day overdue
        sent.add(deadline(true, "survey", "draft-feedback", UUID.randomUUID().toString(), draft, dept, "feedback",
                "2026-11-13T17:00:00", "2026-11-13T17:00:05"));
        // a bad rating's rectification due tomorrow: yellow
        sent.add(ratingGiven(rating, dept, 1, "2026-11-09T10:00:00"));
        sent.add(rectificationOpened(rating, dept, 0, "2026-11-09T10:00:01", "2026-11-17T17:00:00"));
        awaitProcessed(sent);

        var page = expect(get("/overdue?department=" + dept + "&counts=true", TestAccounts.supervisor()), 200).json();
        assertThat(items(page)).containsExactly(
                "mailbox/letter red 2", "survey/draft-feedback red 1",
                "service-hall/rating-rectification yellow 0", "consultation/complaint yellow 0");
        assertThat(page.get("counts").get("red").get("count").asLong()).isEqualTo(2);
        assertThat(page.get("counts").get("yellow").get("count").asLong()).isEqualTo(2);
        var first = page.get("items").get(0);
        assertThat(first.get("caseId").asString()).isEqualTo(letter);
        assertThat(first.get("department").asString()).isEqualTo(dept);
        assertThat(first.get("dueAt").asString()).isEqualTo("2026-11-12T17:00:00+08:00");
        assertThat(first.get("trackingNumber").asString()).startsWith("ML");

        assertThat(items(get("/overdue?department=" + dept + "&card=red", TestAccounts.supervisor())))
                .containsExactly("mailbox/letter red 2", "survey/draft-feedback red 1");
        assertThat(items(get("/overdue?department=" + dept + "&minDaysOverdue=2", TestAccounts.supervisor())))
                .containsExactly("mailbox/letter red 2");
        assertThat(items(get("/overdue?department=" + dept + "&kind=complaint", TestAccounts.supervisor())))
                .containsExactly("consultation/complaint yellow 0");
        assertThat(items(get("/overdue?department=" + dept + "&service=service-hall&card=yellow", TestAccounts.supervisor())))
                .containsExactly("service-hall/rating-rectification yellow 0");
        assertThat(items(get("/overdue?department=" + dept + "&sort=latest-due", TestAccounts.supervisor())))
                .containsExactly("consultation/complaint yellow 0", "service-hall/rating-rectification yellow 0",
                        "survey/draft-feedback red 1", "mailbox/letter red 2");
        // page by page, one item each, the same order
        var walked = new ArrayList<String>();
        String cursor = null;
        do {
            var p = expect(get("/overdue?department=" + dept + "&size=1" + (cursor == null ? "" : "&cursor=" + cursor),
                    TestAccounts.supervisor()), 200).json();
            walked.addAll(items(p));
            cursor = p.get("next").isNull() ? null : p.get("next").asString();
        } while (cursor != null && walked.size() < 10);
        assertThat(walked).containsExactlyElementsOf(items(page));
    }

    @Test
    void a_cursor_of_another_list_or_an_unknown_card_is_refused_with_a_problem() {
        String dept = uniqueDepartment();
        var other = expect(get("/overdue?size=1&card=red", TestAccounts.supervisor()), 200).json();
        if (!other.get("next").isNull()) {
            var refused = get("/overdue?size=1&card=yellow&cursor=" + other.get("next").asString(),
                    TestAccounts.supervisor());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.problemType()).isEqualTo("invalid-overdue-cursor");
        }
        var damaged = get("/overdue?department=" + dept + "&cursor=bm90LWEtY3Vyc29y", TestAccounts.supervisor());
        assertThat(damaged.problemType()).isEqualTo("invalid-overdue-cursor");
        var card = get("/overdue?card=green", TestAccounts.supervisor(), "Accept-Language", "zh-CN");
        assertThat(card.status()).isEqualTo(400);
        assertThat(card.problemType()).isEqualTo("invalid-overdue-filter");
        assertThat(card.json().get("title").asString()).isEqualTo("无效的筛选条件");
    }

    // --- idempotency and order ------------------------------------------------------------------------------------------

    @Test
    void the_same_event_twice_counts_once() {
        String dept = uniqueDepartment();
        String letter = UUID.randomUUID().toString();
        String tn = "ML" + digits();
        var accepted = letterStep("accepted", letter, tn, dept, "2026-11-12T17:00:00", null, "2026-11-02T10:00:00");
        // the same ce_id again, as a redelivery would bring it; had it counted, its newer deadline would win
        var again = events.publish(accepted.id(), MailboxLetters.TOPIC, accepted.type(), "/citizen-hub/mailbox-service",
                letter, letterData("accepted", letter, tn, dept, "2026-11-10T17:00:00", null, "2026-11-03T10:00:00"));
        var after = letterStep("assigned", letter, tn, dept, null, null, "2026-11-02T11:00:00");
        awaitProcessed(List.of(accepted, again, after));

        var row = jdbc.sql("select due_at from sv_case where service = 'mailbox' and case_id = ?").param(letter)
                .query(java.time.OffsetDateTime.class).single();
        assertThat(row.toInstant()).isEqualTo(java.time.OffsetDateTime.parse(at("2026-11-12T17:00:00")).toInstant());
        assertThat(items(get("/overdue?department=" + dept, TestAccounts.supervisor())))
                .containsExactly("mailbox/letter red 2");
    }

    @Test
    void a_late_due_soon_or_overdue_never_reopens_a_handled_letter() {
        String dept = uniqueDepartment();
        String letter = UUID.randomUUID().toString();
        String tn = "ML" + digits();
        var sent = new ArrayList<HubEvents.Sent>();
        sent.add(letterSubmitted(letter, tn, "2026-11-02T09:00:00"));
        sent.add(letterStep("accepted", letter, tn, dept, "2026-11-12T17:00:00", null, "2026-11-02T10:00:00"));
        sent.add(letterStep("replied", letter, tn, dept, null, false, "2026-11-13T10:00:00"));
        // the shared deadline topic runs behind: its announcements arrive after the reply
        sent.add(deadline(false, "mailbox", "letter", letter, tn, dept, "reply", "2026-11-12T17:00:00",
                "2026-11-09T17:00:00"));
        sent.add(deadline(true, "mailbox", "letter", letter, tn, dept, "reply", "2026-11-12T17:00:00",
                "2026-11-12T17:00:01"));
        awaitProcessed(sent);

        assertThat(items(get("/overdue?department=" + dept, TestAccounts.supervisor()))).isEmpty();
        var row = jdbc.sql("select handled_at is not null as handled, on_time, working_days from sv_case"
                        + " where service = 'mailbox' and case_id = ?").param(letter)
                .query((rs, n) -> rs.getBoolean(1) + " " + rs.getBoolean(2) + " " + rs.getInt(3)).single();
        // handled late (the service's verdict), 9 working days from Monday 2 to Friday 13 November
        assertThat(row).isEqualTo("true false 9");
    }

    @Test
    void a_due_soon_arriving_before_the_case_itself_shows_the_yellow_card_and_the_late_submission_completes_it() {
        String dept = uniqueDepartment();
        String caseId = UUID.randomUUID().toString();
        var soon = deadline(false, "consultation", "consultation", caseId, "ZX" + digits(), dept, "reply",
                "2026-11-18T17:00:00", "2026-11-13T17:00:00");
        awaitProcessed(List.of(soon));
        assertThat(items(get("/overdue?department=" + dept, TestAccounts.supervisor())))
                .containsExactly("consultation/consultation yellow 0");

        var submitted = consultation("submitted", caseId, "CONSULTATION", dept, "reply", "2026-11-18T17:00:00", null,
                "2026-11-04T09:00:00");
        awaitProcessed(List.of(submitted));
        var received = jdbc.sql("select received_at from sv_case where service = 'consultation' and case_id = ?")
                .param(caseId).query(java.time.OffsetDateTime.class).single();
        assertThat(received.toInstant()).isEqualTo(java.time.OffsetDateTime.parse(at("2026-11-04T09:00:00")).toInstant());
        assertThat(items(get("/overdue?department=" + dept, TestAccounts.supervisor())))
                .containsExactly("consultation/consultation yellow 0");
    }

    // --- scopes ---------------------------------------------------------------------------------------------------------

    @Test
    void a_district_supervisor_sees_only_the_district_and_a_handler_only_their_department() {
        // due a moment before the clock: on top of the red cards in "latest due" order, whatever else is on the broker
        String due = "2026-11-16T09:59:" + String.format(Locale.ROOT, "%02d", (int) (Math.random() * 50));
        String district = UUID.randomUUID().toString();
        String city = UUID.randomUUID().toString();
        var sent = List.of(
                letterStep("accepted", district, "ML" + digits(), "D-DONGCHENG-EDUCATION", due, null, "2026-11-02T10:00:00"),
                letterStep("accepted", city, "ML" + digits(), "D-TRANSPORT", due, null, "2026-11-02T10:00:00"));
        awaitProcessed(sent);

        var districtSupervisor = TestAccounts.atSite("DONGCHENG", null, "supervisor");
        var seen = allRed(districtSupervisor, "");
        assertThat(seen).extracting(i -> i.get("department").asString())
                .allMatch(d -> d.startsWith("D-DONGCHENG"));
        assertThat(caseIds(seen)).contains(district).doesNotContain(city);

        var handler = TestAccounts.handler("D-TRANSPORT");
        var handlers = allRed(handler, "");
        assertThat(handlers).extracting(i -> i.get("department").asString()).containsOnly("D-TRANSPORT");
        assertThat(caseIds(handlers)).contains(city).doesNotContain(district);
        assertThat(allRed(handler, "&department=D-DONGCHENG-EDUCATION")).isEmpty();

        assertThat(caseIds(allRed(TestAccounts.supervisor(), ""))).contains(district, city);
        assertThat(get("/overdue", TestAccounts.citizen()).status()).isEqualTo(403);
    }

    // --- rebuild --------------------------------------------------------------------------------------------------------

    @Test
    void a_rebuild_from_offset_0_into_an_empty_model_gives_the_same_rows_and_is_audit_logged() {
        String dept = uniqueDepartment();
        String letter = UUID.randomUUID().toString();
        String complaint = UUID.randomUUID().toString();
        String application = UUID.randomUUID().toString();
        String draft = "YJ" + digits();
        String rating = "PJ" + digits();
        String letterTn = "ML" + digits();
        var sent = new ArrayList<HubEvents.Sent>();
        sent.add(letterSubmitted(letter, letterTn, "2026-11-02T09:00:00"));
        sent.add(letterStep("accepted", letter, letterTn, dept, "2026-11-12T17:00:00", null, "2026-11-02T10:00:00"));
        sent.add(deadline(true, "mailbox", "letter", letter, letterTn, dept, "reply", "2026-11-12T17:00:00",
                "2026-11-12T17:00:01"));
        sent.add(consultation("submitted", complaint, "COMPLAINT", dept, "investigation", "2026-11-18T17:00:00", null,
                "2026-11-10T09:00:00"));
        sent.add(consultation("replied", complaint, "COMPLAINT", dept, null, null, true, "2026-11-13T09:00:00"));
        sent.add(application("submitted", application, dept, "2026-11-13T17:00:00", "2026-11-02T09:00:00"));
        sent.add(application("decided", application, dept, null, "2026-11-16T09:00:00"));
        sent.add(surveyClosed(draft, dept, "2026-11-02T00:00:00", "2026-11-23T17:00:00"));
        sent.add(ratingGiven(rating, dept, 2, "2026-11-03T10:00:00"));
        sent.add(rectificationOpened(rating, dept, 0, "2026-11-03T10:00:01", "2026-11-24T17:00:00"));
        sent.add(rectificationCompleted(rating, dept, 0, "2026-11-10T15:00:00"));
        sent.add(letterRated(letter, letterTn, dept, "SATISFIED", "2026-11-14T10:00:00"));
        awaitProcessed(sent);
        // two things that are no readable event: parked, and the intake goes on
        String notJson = UUID.randomUUID().toString();
        String notCloudEvent = UUID.randomUUID().toString();
        events.publishRaw(notJson, MailboxLetters.TOPIC, "gov.hub.mailbox.letter.accepted.v1", notJson,
                "{not json".getBytes(StandardCharsets.UTF_8));
        events.publishRaw(notCloudEvent, MailboxLetters.TOPIC, null, notCloudEvent,
                "{}".getBytes(StandardCharsets.UTF_8));
        var marker = letterStep("assigned", letter, letterTn, dept, null, null, "2026-11-02T11:00:00");
        awaitProcessed(List.of(marker));
        assertThat(parkedReasons(notJson)).singleElement().asString().contains("not JSON");

        String cases = "select * from sv_case where department = ? order by service, case_id";
        String ratings = "select * from sv_rating where department = ? order by rating_id";
        var casesBefore = jdbc.sql(cases).param(dept).query().listOfRows();
        var ratingsBefore = jdbc.sql(ratings).param(dept).query().listOfRows();
        long allBefore = jdbc.sql("select count(*) from sv_case").query(Long.class).single();
        assertThat(casesBefore).hasSize(5);
        assertThat(ratingsBefore).extracting(r -> r.get("service") + " " + r.get("satisfaction") + " "
                + (r.get("rectified_at") != null)).containsExactlyInAnyOrder("service-hall 2 true", "mailbox 5 false");
        int audited = auditedRebuilds();

        assertThat(post("/admin/read-model/rebuild", TestAccounts.supervisor(), Map.of()).status()).isEqualTo(403);
        var ends = intake.endOffsets();
        var status = expect(post("/admin/read-model/rebuild", TestAccounts.admin(), Map.of()), 200).json();
        assertThat(status.get("generation").asInt()).isGreaterThan(1);
        await("the new consumer group reads up to where the topics ended at the rebuild", () -> {
            var committed = intake.committedOffsets();
            return ends.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
        });

        assertThat(jdbc.sql(cases).param(dept).query().listOfRows()).isEqualTo(casesBefore);
        assertThat(jdbc.sql(ratings).param(dept).query().listOfRows()).isEqualTo(ratingsBefore);
        assertThat(jdbc.sql("select count(*) from sv_case").query(Long.class).single()).isGreaterThanOrEqualTo(allBefore);
        assertThat(parkedReasons(notJson)).hasSize(1);
        assertThat(auditedRebuilds()).isEqualTo(audited + 1);
    }

    // --- helpers --------------------------------------------------------------------------------------------------------

    private int auditedRebuilds() {
        return jdbc.sql("select count(*) from admin_audit_log where action = 'supervision.read-model.rebuilt'")
                .query(Integer.class).single();
    }

    private List<String> parkedReasons(String eventId) {
        return jdbc.sql("select reason from sv_parked_event where event_id = ?").param(eventId).query(String.class).list();
    }

    /** Every red item visible to the caller whose due moment is in the last hour before the clock, latest first. */
    private List<JsonNode> allRed(Account who, String filters) {
        var all = new ArrayList<JsonNode>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            var p = expect(get("/overdue?card=red&sort=latest-due&size=100" + filters
                    + (cursor == null ? "" : "&cursor=" + cursor), who), 200).json();
            for (var item : p.get("items")) {
                if (item.get("dueAt").asString().compareTo("2026-11-16T09:00:00+08:00") < 0) {
                    return all;
                }
                all.add(item);
            }
            if (p.get("next").isNull()) {
                return all;
            }
            cursor = p.get("next").asString();
        }
        return all;
    }

    private static List<String> caseIds(List<JsonNode> items) {
        return items.stream().map(i -> i.get("caseId").asString()).toList();
    }

    private static List<String> items(Response response) {
        return items(expect(response, 200).json());
    }

    private static List<String> items(JsonNode page) {
        var out = new ArrayList<String>();
        for (var i : page.get("items")) {
            out.add(i.get("service").asString() + "/" + i.get("kind").asString() + " " + i.get("card").asString() + " "
                    + i.get("daysOverdue").asInt());
        }
        return out;
    }

    private void awaitProcessed(List<HubEvents.Sent> sent) {
        String[] ids = sent.stream().map(HubEvents.Sent::id).distinct().toArray(String[]::new);
        await("events " + Arrays.toString(ids) + " processed", () -> jdbc.sql(
                        "select count(*) from sv_processed_event where event_id = any(?)")
                .param(ids).query(Integer.class).single() == ids.length);
    }

    /** Polls until the condition holds (the intake works asynchronously); fails after {@link #PATIENCE}. */
    private static void await(String what, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(PATIENCE).pollInterval(java.time.Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static String uniqueDepartment() {
        return "D-OVD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String digits() {
        return "2026111" + String.format(Locale.ROOT, "%010d", (long) (Math.random() * 1e10));
    }

    // --- the services' events, as their schemas (src/main/resources/events/) describe them --------------------------

    private static HubEvents.Sent letterSubmitted(String letterId, String tn, String submittedAt) {
        return events.publish(MailboxLetters.TOPIC, "gov.hub.mailbox.letter.submitted.v1",
                "/citizen-hub/mailbox-service", letterId, data("letterId", letterId, "trackingNumber", tn,
                        "mailbox", "MAYOR", "category", "COMPLAINT", "submittedAt", at(submittedAt), "site", "GOV",
                        "handlingSite", null));
    }

    private static HubEvents.Sent letterStep(String event, String letterId, String tn, String department, String dueAt,
                                             Boolean onTime, String occurredAt) {
        return events.publish(MailboxLetters.TOPIC, "gov.hub.mailbox.letter." + event + ".v1",
                "/citizen-hub/mailbox-service", letterId,
                letterData(event, letterId, tn, department, dueAt, onTime, occurredAt));
    }

    private static Map<String, Object> letterData(String event, String letterId, String tn, String department,
                                                  String dueAt, Boolean onTime, String occurredAt) {
        return data("letterId", letterId, "trackingNumber", tn, "mailbox", "MAYOR", "category", "COMPLAINT",
                "event", event, "status", "ASSIGNED", "department", department, "dueAt", dueAt == null ? null : at(dueAt),
                "onTime", onTime, "occurredAt", at(occurredAt), "site", "GOV", "handlingSite", "GOV");
    }

    private static HubEvents.Sent letterRated(String letterId, String tn, String department, String rating,
                                              String occurredAt) {
        var data = letterData("rated", letterId, tn, department, null, null, occurredAt);
        data.put("rating", rating);
        return events.publish(MailboxLetters.TOPIC, "gov.hub.mailbox.letter.rated.v1", "/citizen-hub/mailbox-service",
                letterId, data);
    }

    private static HubEvents.Sent consultation(String event, String caseId, String kind, String department,
                                               String deadline, String dueAt, Boolean onTime, String occurredAt) {
        return events.publish(ConsultationCases.TOPIC, "gov.hub.consultation.case." + event + ".v1",
                "/citizen-hub/consultation-service", caseId, data("caseId", caseId, "trackingNumber", "ZX" + digits(),
                        "kind", kind, "category", "TRAFFIC", "event", event, "status", "HANDLING",
                        "department", department, "coDepartments", List.of(), "deadline", deadline,
                        "dueAt", dueAt == null ? null : at(dueAt), "onTime", onTime, "occurredAt", at(occurredAt),
                        "site", "GOV", "handlingSite", "GOV"));
    }

    private static HubEvents.Sent application(String event, String id, String department, String dueAt,
                                              String occurredAt) {
        String number = "11110000000000000X" + digits();
        return events.publish(HallApplications.TOPIC, "gov.hub.hall.application." + event + ".v1",
                "/citizen-hub/service-hall", number, data("applicationId", id, "number", number,
                        "trackingNumber", "BJ" + digits(), "implementationCode", "11110000000000000X",
                        "event", event, "status", "ACCEPTED", "acceptingDepartment", department,
                        "departments", List.of(department), "outcome", "decided".equals(event) ? "GRANTED" : null,
                        "dueAt", dueAt == null ? null : at(dueAt), "occurredAt", at(occurredAt), "site", "GOV"));
    }

    private static HubEvents.Sent ratingGiven(String number, String department, int satisfaction, String ratedAt) {
        return events.publish(HallRatings.TOPIC, HallRatings.GIVEN, "/citizen-hub/service-hall", number,
                data("ratingNumber", number, "subject", "VISIT", "department", department, "site", "GOV",
                        "itemCode", "11110000000000000X", "satisfaction", satisfaction, "reasons", List.of(),
                        "channel", "pc", "bad", satisfaction <= 2, "ratedAt", at(ratedAt)));
    }

    private static HubEvents.Sent rectificationOpened(String number, String department, int reopened, String openedAt,
                                                      String dueAt) {
        return events.publish(HallRatings.TOPIC, HallRatings.OPENED, "/citizen-hub/service-hall", number,
                data("ratingNumber", number, "department", department, "site", "GOV",
                        "itemCode", "11110000000000000X", "satisfaction", 1, "reopened", reopened,
                        "openedAt", at(openedAt), "dueAt", at(dueAt)));
    }

    private static HubEvents.Sent rectificationCompleted(String number, String department, int reopened,
                                                         String completedAt) {
        return events.publish(HallRatings.TOPIC, HallRatings.COMPLETED, "/citizen-hub/service-hall", number,
                data("ratingNumber", number, "department", department, "site", "GOV", "reopened", reopened,
                        "completedAt", at(completedAt), "onTime", true));
    }

    private static HubEvents.Sent surveyClosed(String number, String department, String closedAt, String feedbackDueAt) {
        return events.publish(SurveyDrafts.TOPIC, "gov.hub.survey.draft.closed.v1", "/citizen-hub/survey-service",
                number, data("draftNumber", number, "department", department, "site", "GOV", "received", 3,
                        "closedAt", at(closedAt), "feedbackDueAt", at(feedbackDueAt)));
    }

    private static HubEvents.Sent deadline(boolean overdue, String service, String caseType, String caseId, String tn,
                                           String department, String deadline, String dueAt, String occurredAt) {
        return events.publish(CaseworkDeadlines.TOPIC, overdue ? CaseworkDeadlines.OVERDUE : CaseworkDeadlines.DUE_SOON,
                "/citizen-hub/" + (service.contains("-") ? service : service + "-service"), tn,
                data("service", service, "caseType", caseType, "caseId", caseId, "trackingNumber", tn,
                        "department", department, "deadline", deadline, "rule", deadline,
                        "dueAt", at(dueAt), "occurredAt", at(occurredAt), "site", "GOV", "handlingSite", "GOV"));
    }
}
