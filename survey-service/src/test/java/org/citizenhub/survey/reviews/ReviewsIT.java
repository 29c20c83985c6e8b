package org.citizenhub.survey.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.survey.SurveyIT;
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
}
