package org.citizenhub.survey.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.survey.SurveyIT;
import org.citizenhub.survey.hearings.domain.Lottery;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HearingsIT extends SurveyIT {

    @org.springframework.beans.factory.annotation.Autowired
    DrawAtClose drawAtClose;

    private String announce(int seats) {
        var body = Map.of("department", "D-TRANSPORT", "subject", "公交票价调整听证会",
                "announcement", "拟调整公交票价，现公开征集听证参加人。",
                "registrationOpensAt", "2026-11-16T02:00:00Z", "registrationClosesAt", "2026-11-18T02:00:00Z",
                "hearingAt", "2026-11-20T02:00:00Z", "seats", seats, "seed", "announced-seed-" + UUID.randomUUID());
        return expect(post("/admin/hearings", TestAccounts.admin(), body), 201).json().get("id").asString();
    }

    private JsonNode publicView(String id) {
        return expect(get("/public/hearings/" + id + "?site=GOV", null), 200).json();
    }

    @Test
    void more_registrants_than_seats_are_drawn_reproducibly_with_the_seed_published_before_and_the_record_follows() {
        String id = announce(2);
        String seed = publicView(id).get("hearing").get("seed").asString();
        var citizens = List.of(TestAccounts.citizen(), TestAccounts.citizen(), TestAccounts.citizen(),
                TestAccounts.citizen());
        for (var c : citizens) {
            expect(post("/hearings/" + id + "/registrations", c, Map.of("interest", "我每天乘公交上班")), 201);
        }
        expect(post("/admin/hearings/" + id + "/draw", TestAccounts.admin(), Map.of()), 409); // still open

        MovedClock.CLOCK.set("2026-11-18T10:00");
        try (var probe = KafkaProbe.subscribe(HearingEvents.TOPIC)) {
            expect(post("/admin/hearings/" + id + "/draw", TestAccounts.admin(), Map.of()), 200);
            var event = probe.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo(HearingEvents.SeatsDrawn.TYPE);
            assertThat(event.value()).contains("\"registered\":4", "\"seated\":2", seed).doesNotContain("citizen");
        }
        expect(post("/admin/hearings/" + id + "/draw", TestAccounts.admin(), Map.of()), 409); // once

        JsonNode view = publicView(id);
        assertThat(view.get("hearing").get("seed").asString()).isEqualTo(seed);
        List<UUID> ids = new ArrayList<>();
        List<UUID> seated = new ArrayList<>();
        for (JsonNode r : view.get("registrations")) {
            ids.add(UUID.fromString(r.get("id").asString()));
            if (r.get("seated").asBoolean()) {
                seated.add(UUID.fromString(r.get("id").asString()));
            }
            assertThat(r.get("name").asString()).contains("*");
        }
        assertThat(ids).hasSize(4);
        assertThat(seated).containsExactlyInAnyOrderElementsOf(Lottery.draw(seed, ids, 2));

        // a seated participant submits a statement before the hearing; one not seated may not
        var winners = new ArrayList<TestAccounts.Account>();
        for (var c : citizens) {
            boolean isSeated = expect(get("/hearings/" + id + "/registrations/mine", c), 200).json()
                    .get("seated").asBoolean();
            var answer = request("PUT", "/hearings/" + id + "/registrations/mine/statement", c, JSON,
                    "{\"statement\":\"票价应与服务质量挂钩\"}");
            assertThat(answer.status()).isEqualTo(isSeated ? 204 : 403);
            if (isSeated) {
                winners.add(c);
            }
        }
        assertThat(winners).hasSize(2);

        expect(post("/admin/hearings/" + id + "/record", TestAccounts.admin(), Map.of("record", "听证笔录……")), 409);
        MovedClock.CLOCK.set("2026-11-20T12:00");
        expect(post("/admin/hearings/" + id + "/record", TestAccounts.admin(), Map.of("record", "听证笔录……")), 200);
        assertThat(publicView(id).get("hearing").get("record").asString()).isEqualTo("听证笔录……");
        expect(get("/public/hearings/" + id + "?site=XICHENG", null), 404);
    }

    @Test
    void registration_is_only_open_in_its_window_and_once_per_identity_even_when_two_requests_race() throws Exception {
        String id = announce(5);
        var citizen = TestAccounts.citizen();
        String body = "{\"interest\":\"关心票价\"}";
        try (var pool = Executors.newFixedThreadPool(4)) {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request("POST", "/hearings/" + id + "/registrations", citizen, JSON, body).status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        }
        var again = request("POST", "/hearings/" + id + "/registrations", citizen, JSON, body);
        assertThat(again.problemType()).isEqualTo("already-registered");

        MovedClock.CLOCK.set("2026-11-18T10:00");
        var late = request("POST", "/hearings/" + id + "/registrations", TestAccounts.citizen(), JSON, body);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("registration-not-open");
    }

    @Test
    void a_hearing_nobody_drew_is_drawn_once_its_registration_has_closed() {
        String id = announce(1);
        expect(post("/hearings/" + id + "/registrations", TestAccounts.citizen(), Map.of("interest", "关心")), 201);
        expect(post("/hearings/" + id + "/registrations", TestAccounts.citizen(), Map.of("interest", "关心")), 201);
        drawAtClose.drawClosed();
        assertThat(publicView(id).get("hearing").hasNonNull("drawnAt")).isFalse();

        MovedClock.CLOCK.set("2026-11-18T10:00");
        drawAtClose.drawClosed();
        JsonNode view = publicView(id);
        assertThat(view.get("hearing").hasNonNull("drawnAt")).isTrue();
        assertThat(view.get("registrations").findValues("seated").stream().filter(JsonNode::asBoolean)).hasSize(1);
    }

    @Test
    void a_site_administrator_announces_hearings_of_their_own_site_only() {
        var xicheng = TestAccounts.atSite("XICHENG", "D-XICHENG-OFFICE", "site-admin");
        var body = Map.of("department", "D-TRANSPORT", "subject", "听证", "announcement", "公告",
                "registrationOpensAt", "2026-11-16T02:00:00Z", "registrationClosesAt", "2026-11-18T02:00:00Z",
                "hearingAt", "2026-11-20T02:00:00Z", "seats", 3);
        expect(post("/admin/hearings", xicheng, body), 403);
        var own = new java.util.HashMap<String, Object>(body);
        own.put("department", "D-XICHENG-HOUSING");
        String id = expect(post("/admin/hearings", xicheng, own), 201).json().get("id").asString();
        assertThat(expect(get("/public/hearings/" + id + "?site=XICHENG", null), 200).json().get("hearing")
                .get("seed").asString()).hasSize(64);
    }

    @Test
    void the_demo_data_lists_a_city_hearing_with_its_seed_published_on_gov_and_not_on_a_district() {
        // db/demo V49_1; its dates follow the real time of the migration, not this suite's moved clock
        String demo = "4ea10000-0000-4000-8000-000000000001";
        var listed = new ArrayList<JsonNode>();
        expect(get("/public/hearings?site=GOV", null), 200).json().forEach(listed::add);
        assertThat(listed).filteredOn(h -> h.get("id").asString().equals(demo)).singleElement()
                .satisfies(h -> {
                    assertThat(h.get("site").asString()).isEqualTo("GOV");
                    assertThat(h.get("seed").asString()).isEqualTo("demo-fc3d-2026-03.11.17.25.28.31");
                    assertThat(h.get("registrationClosesAt").asString()).endsWith("+08:00");
                });
        assertThat(expect(get("/public/hearings?site=DONGCHENG", null), 200).body()).doesNotContain(demo);
    }
}
