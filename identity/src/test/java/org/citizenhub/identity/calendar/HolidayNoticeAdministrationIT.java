package org.citizenhub.identity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.calendar.spring.HolidayNoticeFeed;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators load the holiday notices published after the release. 2027 is a synthetic notice (test resource);
 * no test ever loads 2028 or 2029, so 2030 always leaves a gap. The first test loads 2027 onto fresh servers (the
 * others leave it loaded in its original form).
 */
@HubIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HolidayNoticeAdministrationIT {

    static final String NOTICE_2027 = resource("/calendar/notice-2027.json");
    static final String CORRECTED_2027 = NOTICE_2027
            .replace("国办发明电〔2026〕测试1号", "国办发明电〔2026〕测试2号")
            .replace("\"2027-06-09\", \"to\": \"2027-06-09\"", "\"2027-06-09\", \"to\": \"2027-06-11\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HolidayNoticeRepository repository;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper jsonMapper;

    @Autowired
    Clock clock;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    @Order(1)
    void an_administrator_loads_the_2027_notice_and_every_calendar_following_the_topic_counts_across_new_year_with_it() {
        var admin = TestAccounts.admin();
        // true on fresh servers; a rerun against kept servers finds 2027 loaded already
        boolean newYear = !loadedYears().contains(2027);
        try (var probe = KafkaProbe.subscribe(HolidayNoticePublished.TOPIC)) {

            var response = http.put("/admin/calendar/notices/2027", admin.token(), NOTICE_2027);

            assertThat(response.status()).isEqualTo(newYear ? 201 : 200);
            assertThat(response.json().path("year").asInt()).isEqualTo(2027);
            assertThat(response.json().path("notice").asString()).isEqualTo("国办发明电〔2026〕测试1号");
            assertThat(response.json().path("source").asString()).isEqualTo("UPLOADED");
            assertThat(response.json().path("loadedAt").asString()).isNotBlank();
            assertThat(loadedYears()).contains(2026, 2027);
            var acrossNewYear = http.get("/calendar/working-days?from=2026-12-28&to=2027-01-08", null);
            assertThat(acrossNewYear.status()).isEqualTo(200);
            // 29, 30, 31 December; 1-3 January off (New Year); 4-8 January
            assertThat(acrossNewYear.json().path("workingDays").asInt()).isEqualTo(8);

            assertThat(HolidayNoticeJson.read(http.get("/admin/calendar/notices/2027", admin.token()).body()))
                    .isEqualTo(HolidayNoticeJson.read(NOTICE_2027));
            assertThat(HolidayNoticeJson.read(storedDocument(2027))).isEqualTo(HolidayNoticeJson.read(NOTICE_2027));
            if (newYear) {
                assertThat(auditedBy(admin.id())).containsExactly("holiday-notice.loaded");
                assertThat(response.header("Location")).endsWith("/admin/calendar/notices/2027");
            }

            var record = probe.awaitRecord(r -> "2027".equals(r.key())
                    && HolidayNoticeJson.read(r.value()).equals(HolidayNoticeJson.read(NOTICE_2027)),
                    Duration.ofSeconds(30));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("gov.hub.identity.holiday-notice.published.v1");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo("2027");
            assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/citizen-hub/identity");
        }

        var elsewhere = new HubCalendar(BundledNotices.calendar(), CountingPolicy.DEFAULT, clock);
        var feed = new HolidayNoticeFeed(elsewhere, SharedInfrastructure.get().kafkaBootstrapServers(),
                HolidayNoticePublished.TOPIC);
        feed.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> elsewhere.calendar().covers(2027));
            assertThat(elsewhere.calendar().workingDaysBetween(LocalDate.of(2026, 12, 28),
                    LocalDate.of(2027, 1, 8))).isEqualTo(8);
        } finally {
            feed.stop();
        }
    }

    @Test
    void loading_the_notice_already_in_force_again_answers_200_and_stores_logs_and_publishes_nothing_new() {
        var admin = TestAccounts.admin();
        http.put("/admin/calendar/notices/2027", admin.token(), NOTICE_2027);
        var before = snapshot();

        var again = http.put("/admin/calendar/notices/2027", admin.token(), NOTICE_2027.replace("\n", " "));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("notice").asString()).isEqualTo("国办发明电〔2026〕测试1号");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_corrected_notice_replaces_the_year_is_logged_as_a_replacement_and_published() {
        var colleague = TestAccounts.admin();
        var admin = TestAccounts.admin();
        http.put("/admin/calendar/notices/2027", colleague.token(), NOTICE_2027);
        var before = snapshot();
        try (var probe = KafkaProbe.subscribe(HolidayNoticePublished.TOPIC)) {

            var corrected = http.put("/admin/calendar/notices/2027", admin.token(), CORRECTED_2027);

            assertThat(corrected.status()).isEqualTo(200);
            var after = snapshot();
            assertThat(after.get(0)).isEqualTo(before.get(0));
            assertThat(after.get(1)).isNotEqualTo(before.get(1));
            assertThat((Long) after.get(2)).isEqualTo((Long) before.get(2) + 1);
            assertThat((Long) after.get(3)).isEqualTo((Long) before.get(3) + 1);
            assertThat(corrected.json().path("notice").asString()).isEqualTo("国办发明电〔2026〕测试2号");
            assertThat(http.get("/calendar/days?from=2027-06-10&to=2027-06-10", null).json().get(0)
                    .path("kind").asString()).isEqualTo("HOLIDAY");
            assertThat(auditedBy(admin.id())).containsExactly("holiday-notice.replaced");
            assertThat(auditDetails(admin.id())).contains("\"replacedNotice\": \"国办发明电〔2026〕测试1号\"");
            probe.awaitRecord(r -> "2027".equals(r.key()) && r.value().contains("国办发明电〔2026〕测试2号"),
                    Duration.ofSeconds(30));
        } finally {
            assertThat(http.put("/admin/calendar/notices/2027", colleague.token(), NOTICE_2027).status())
                    .isEqualTo(200);
        }
        assertThat(http.get("/calendar/days?from=2027-06-10&to=2027-06-10", null).json().get(0)
                .path("kind").asString()).isEqualTo("WORKDAY");
    }

    @Test
    void a_restarted_instance_loads_the_stored_years_lowest_first_and_skips_one_it_refuses() {
        http.put("/admin/calendar/notices/2027", TestAccounts.admin().token(), NOTICE_2027);
        var restarted = new HubCalendar(BundledNotices.calendar(), CountingPolicy.DEFAULT, clock);
        var starting = new HolidayNotices(repository, restarted, auditLog, events, transactions, jsonMapper, clock);

        transactions.executeWithoutResult(transaction -> {
            // a row the calendar refuses (2028 and 2029 are missing); rolled back, never committed
            jdbc.sql("""
                    insert into holiday_notice (year, notice, document, loaded_at, loaded_by_subject)
                    values (2030, 'x', cast(:document as jsonb), now(), 'test')
                    """).param("document", notice(2030, """
                    {"name": "元旦", "from": "2030-01-01", "to": "2030-01-01", "workdays": []}""")).update();
            starting.afterSingletonsInstantiated();
            transaction.setRollbackOnly();
        });

        assertThat(restarted.calendar().loadedYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(restarted.calendar().notice(2027)).contains(HolidayNoticeJson.read(NOTICE_2027));
        assertThat(jdbc.sql("select count(*) from holiday_notice where year = 2030").query(Long.class).single()).isZero();
    }

    static Stream<Arguments> unsoundNotices() {
        return Stream.of(
                arguments("two holidays claiming the same day", 2027, "holidays-overlap", notice(2027, """
                        {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03", "workdays": []},
                        {"name": "春节", "from": "2027-01-03", "to": "2027-01-09", "workdays": []}""")),
                arguments("a holiday ending before it starts", 2027, "holiday-range-reversed", notice(2027, """
                        {"name": "国庆节", "from": "2027-10-07", "to": "2027-10-01", "workdays": []}""")),
                arguments("a day both off and a make-up working day", 2027, "day-both-off-and-worked",
                        notice(2027, """
                        {"name": "春节", "from": "2027-02-06", "to": "2027-02-13", "workdays": ["2027-02-07"]}""")),
                arguments("a make-up working day on a Monday", 2027, "workday-not-on-weekend", notice(2027, """
                        {"name": "春节", "from": "2027-02-06", "to": "2027-02-13", "workdays": ["2027-02-15"]}""")),
                arguments("an impossible date", 2027, "malformed", notice(2027, """
                        {"name": "春节", "from": "2027-02-06", "to": "2027-02-30", "workdays": []}""")),
                arguments("an unknown field", 2027, "malformed", notice(2027, """
                        {"name": "春节", "from": "2027-02-06", "to": "2027-02-13", "workdays": [], "days": 8}""")),
                arguments("the 2026 notice uploaded as 2027", 2027, "year-mismatch", notice(2026, """
                        {"name": "元旦", "from": "2026-01-01", "to": "2026-01-03", "workdays": []}""")));
    }

    @ParameterizedTest(name = "{0} is refused with {2}")
    @MethodSource("unsoundNotices")
    void a_notice_breaking_a_rule_is_refused_with_422_naming_the_rule_and_nothing_is_stored_logged_or_published(
            String what, int year, String code, String body) {
        var before = snapshot();

        var response = http.put("/admin/calendar/notices/" + year, TestAccounts.admin().token(), body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/invalid-holiday-notice");
        assertThat(response.json().path("detail").asString()).contains(String.valueOf(year));
        assertThat(violationCodes(response.json())).containsExactly(code);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_year_that_would_leave_a_gap_in_the_calendar_is_refused_and_never_reaches_the_topic() {
        var before = snapshot();
        try (var probe = KafkaProbe.subscribe(HolidayNoticePublished.TOPIC)) {

            var response = http.put("/admin/calendar/notices/2030", TestAccounts.admin().token(), notice(2030, """
                    {"name": "元旦", "nameEn": "New Year's Day", "from": "2030-01-01", "to": "2030-01-01",
                     "workdays": []}"""), "en");

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().path("title").asString()).isEqualTo("Holiday notice refused");
            assertThat(violationCodes(response.json())).containsExactly("years-not-contiguous");
            assertThat(response.json().path("violations").get(0).path("field").asString()).isEqualTo("year");
            assertThat(response.json().path("violations").get(0).path("message").asString()).contains("missing");
            assertThat(snapshot()).isEqualTo(before);
            assertThat(loadedYears()).doesNotContain(2030);
            probe.assertNoRecord(r -> "2030".equals(r.key()), Duration.ofSeconds(3));
        }
    }

    @Test
    void a_body_that_is_not_json_at_all_is_a_malformed_request_and_nothing_is_stored() {
        var before = snapshot();

        var response = http.put("/admin/calendar/notices/2027", TestAccounts.admin().token(), "元旦放假三天");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/malformed-json");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void administrators_see_every_year_in_force_and_where_it_comes_from() {
        var admin = TestAccounts.admin();

        var list = http.get("/admin/calendar/notices", admin.token());
        var notice2026 = http.get("/admin/calendar/notices/2026", admin.token());
        var notice2019 = http.get("/admin/calendar/notices/2019", admin.token());

        assertThat(list.status()).isEqualTo(200);
        var years = new ArrayList<Integer>();
        list.json().forEach(n -> years.add(n.path("year").asInt()));
        assertThat(years).startsWith(2020, 2021, 2022, 2023, 2024, 2025, 2026).isSorted();
        var first = list.json().get(0);
        assertThat(first.path("notice").asString()).isEqualTo("国办发明电〔2019〕16号");
        assertThat(first.path("published").asString()).isEqualTo("2019-11-21");
        assertThat(first.path("source").asString()).isEqualTo("BUNDLED");
        assertThat(first.path("loadedAt").isNull()).isTrue();
        assertThat(notice2026.status()).isEqualTo(200);
        assertThat(HolidayNoticeJson.read(notice2026.body()))
                .isEqualTo(BundledNotices.all().stream().filter(n -> n.year() == 2026).findFirst().orElseThrow());
        assertThat(notice2019.status()).isEqualTo(404);
        assertThat(notice2019.json().path("type").asString()).endsWith("/holiday-notice-not-found");
    }

    @Test
    void a_citizen_may_not_load_a_notice_and_without_a_token_nobody_may() {
        var before = snapshot();

        var citizen = http.put("/admin/calendar/notices/2027", TestAccounts.citizen().token(), CORRECTED_2027);
        var citizenList = http.get("/admin/calendar/notices", TestAccounts.citizen().token());
        var anonymous = http.put("/admin/calendar/notices/2027", null, CORRECTED_2027);

        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.json().path("type").asString()).endsWith("/forbidden");
        assertThat(citizenList.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("type").asString()).endsWith("/unauthorized");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_notice_topic_is_compacted_with_one_partition_so_the_latest_notice_of_every_year_is_kept() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, HolidayNoticePublished.TOPIC);
            var config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            var description = admin.describeTopics(List.of(HolidayNoticePublished.TOPIC)).allTopicNames().get()
                    .get(HolidayNoticePublished.TOPIC);

            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(description.partitions()).hasSize(1);
        }
    }

    /** What a refused upload must leave untouched: the years in force, the stored rows, the log and the outbox. */
    private List<Object> snapshot() {
        return List.of(
                loadedYears(),
                jdbc.sql("select year || ':' || md5(document::text) from holiday_notice order by year")
                        .query(String.class).list(),
                jdbc.sql("select count(*) from admin_audit_log where target_type = 'holiday-notice'")
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from event_publication where event_type = :type")
                        .param("type", HolidayNoticePublished.class.getName()).query(Long.class).single());
    }

    private List<Integer> loadedYears() {
        var response = http.get("/calendar/years", null);
        assertThat(response.status()).isEqualTo(200);
        var years = new ArrayList<Integer>();
        response.json().forEach(y -> years.add(y.path("year").asInt()));
        return years;
    }

    private String storedDocument(int year) {
        return jdbc.sql("select document::text from holiday_notice where year = :year").param("year", year)
                .query(String.class).single();
    }

    private List<String> auditedBy(String subject) {
        return jdbc.sql("""
                select action from admin_audit_log
                 where target_type = 'holiday-notice' and target_id = '2027' and actor_subject = :subject
                 order by id
                """).param("subject", subject).query(String.class).list();
    }

    private String auditDetails(String subject) {
        return jdbc.sql("""
                select details::text from admin_audit_log
                 where target_type = 'holiday-notice' and actor_subject = :subject
                """).param("subject", subject).query(String.class).single();
    }

    private static List<String> violationCodes(JsonNode problem) {
        var codes = new ArrayList<String>();
        problem.path("violations").forEach(v -> codes.add(v.path("code").asString()));
        return codes;
    }

    /** A notice document for the year with the given holidays (JSON objects, comma-separated). */
    static String notice(int year, String holidays) {
        return """
                {"year": %d, "notice": "国办发明电〔测试〕%d号", "title": "国务院办公厅关于%d年部分节假日安排的通知（测试）",
                 "published": "%d-11-01", "holidays": [%s]}
                """.formatted(year, year, year, year - 1, holidays);
    }

    static String resource(String name) {
        try (var in = HolidayNoticeAdministrationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
