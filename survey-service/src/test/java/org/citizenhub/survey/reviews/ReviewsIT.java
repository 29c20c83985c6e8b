package org.citizenhub.survey.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.time.Duration;

import org.citizenhub.survey.SurveyIT;
import org.citizenhub.testing.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReviewsIT extends SurveyIT {

    @Test
    void each_identity_rates_once_even_when_two_requests_race_and_results_are_published_per_department()
            throws Exception {
        var body = Map.of("site", "DONGCHENG", "title", "2026年度东城区部门网上评议", "description", "请为以下部门打分",
                "opensAt", "2026-11-16T00:00:00Z", "closesAt", "2026-11-20T00:00:00Z",
                "departments", List.of("D-DONGCHENG-OFFICE", "D-DONGCHENG-EDUCATION"));
        String id = expect(post("/admin/reviews", TestAccounts.admin(), body), 201).json().get("id").asString();
        String path = "/reviews/" + id + "/ratings";

        var racer = TestAccounts.citizen();
        String fives = "{\"scores\":{\"D-DONGCHENG-OFFICE\":5,\"D-DONGCHENG-EDUCATION\":4}}";
        try (var pool = Executors.newFixedThreadPool(4)) {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request("POST", path, racer, JSON, fives).status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        }
        assertThat(request("POST", path, racer, JSON, fives).problemType()).isEqualTo("already-rated");
        expect(request("POST", path, TestAccounts.citizen(), JSON,
                "{\"scores\":{\"D-DONGCHENG-OFFICE\":1,\"D-DONGCHENG-EDUCATION\":2}}"), 201);
        expect(request("POST", path, TestAccounts.citizen(), JSON, "{\"scores\":{\"D-DONGCHENG-OFFICE\":3}}"), 400);

        expect(get("/public/reviews/" + id + "/results?site=DONGCHENG", null), 409);
        MovedClock.CLOCK.set("2026-11-20T09:00");
        JsonNode results = expect(get("/public/reviews/" + id + "/results?site=DONGCHENG", null), 200).json();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("department").asString()).isEqualTo("D-DONGCHENG-EDUCATION");
        assertThat(results.get(0).get("ratings").asLong()).isEqualTo(2);
        assertThat(results.get(0).get("averageScore").asDouble()).isEqualTo(3.0);
        assertThat(results.get(1).get("averageScore").asDouble()).isEqualTo(3.0);
        assertThat(results.get(1).get("satisfiedRate").asDouble()).isEqualTo(50.0);
        expect(get("/public/reviews/" + id + "/results?site=XICHENG", null), 404);
        assertThat(request("POST", path, TestAccounts.citizen(), JSON, fives).problemType())
                .isEqualTo("review-not-open");
    }

    @Autowired
    PublishResultsAtClose publishResultsAtClose;

    @Test
    void results_are_published_once_after_the_period_with_the_comments_masked_and_the_event_tells_only_counts() {
        var body = Map.of("site", "XICHENG", "title", "2026年度西城区部门网上评议", "description", "请为以下部门打分",
                "opensAt", "2026-11-16T00:00:00Z", "closesAt", "2026-11-21T00:00:00Z",
                "departments", List.of("D-XICHENG-OFFICE", "D-XICHENG-HOUSING"));
        String id = expect(post("/admin/reviews", TestAccounts.admin(), body), 201).json().get("id").asString();
        String path = "/reviews/" + id + "/ratings";
        expect(request("POST", path, TestAccounts.citizen(), JSON, """
                {"scores":{"D-XICHENG-OFFICE":2,"D-XICHENG-HOUSING":5},
                 "comments":{"D-XICHENG-OFFICE":"窗口太少，请回电 13812348000"}}"""), 201);
        expect(request("POST", path, TestAccounts.citizen(), JSON,
                "{\"scores\":{\"D-XICHENG-OFFICE\":4,\"D-XICHENG-HOUSING\":4}}"), 201);
        assertThat(request("POST", path, TestAccounts.citizen(), JSON, """
                {"scores":{"D-XICHENG-OFFICE":4,"D-XICHENG-HOUSING":4},"comments":{"D-HOUSING":"很好"}}""")
                .problemType()).isEqualTo("comment-not-on-reviewed-department");
        assertThat(publishResultsAtClose.publishClosed()).as("still open: nothing to publish").isZero();
        assertThat(expect(get("/public/reviews/" + id + "?site=XICHENG", null), 200).json().get("phase").asString())
                .isEqualTo("open");

        MovedClock.CLOCK.set("2026-11-21T09:00");
        try (var probe = KafkaProbe.subscribe(ReviewEvents.TOPIC)) {
            assertThat(publishResultsAtClose.publishClosed()).isGreaterThanOrEqualTo(1);
            var event = probe.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo(ReviewEvents.ResultsPublished.TYPE);
            assertThat(event.value()).contains("\"ratings\":2", "\"department\":\"D-XICHENG-OFFICE\"",
                    "\"comments\":1").doesNotContain("窗口", "8000");
        }
        assertThat(publishResultsAtClose.publishClosed()).as("published once").isZero();

        assertThat(expect(get("/public/reviews/" + id + "?site=XICHENG", null), 200).json().get("phase").asString())
                .isEqualTo("results-published");
        JsonNode results = expect(get("/public/reviews/" + id + "/results?site=XICHENG", null), 200).json();
        JsonNode office = results.get(0).get("department").asString().equals("D-XICHENG-OFFICE")
                ? results.get(0) : results.get(1);
        assertThat(office.get("averageScore").asDouble()).isEqualTo(3.0);
        assertThat(office.get("comments")).hasSize(1);
        assertThat(office.get("comments").get(0).asString()).startsWith("窗口太少").contains("****")
                .doesNotContain("13812348000");
    }

    @Test
    void the_demo_data_lists_an_open_review_of_two_departments_on_dongcheng_and_not_on_the_city() {
        // db/demo V59_1; its dates follow the real time of the migration, not this suite's moved clock
        String demo = "e7a10000-0000-4000-8000-000000000001";
        var listed = new ArrayList<JsonNode>();
        expect(get("/public/reviews?site=DONGCHENG", null), 200).json().forEach(listed::add);
        assertThat(listed).filteredOn(r -> r.get("id").asString().equals(demo)).singleElement()
                .satisfies(r -> {
                    var departments = new ArrayList<String>();
                    r.get("departments").forEach(d -> departments.add(d.asString()));
                    assertThat(departments).containsExactlyInAnyOrder("D-DONGCHENG-OFFICE", "D-DONGCHENG-EDUCATION");
                    assertThat(r.get("closesAt").asString()).endsWith("+08:00");
                });
        assertThat(expect(get("/public/reviews?site=XICHENG", null), 200).body()).doesNotContain(demo);
    }
}
