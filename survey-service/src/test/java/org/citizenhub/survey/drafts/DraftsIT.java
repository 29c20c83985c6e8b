package org.citizenhub.survey.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.survey.SurveyIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** 意见征集 on the real servers: comments moderated and published masked, feedback with groups, its deadline. */
class DraftsIT extends SurveyIT {

    private static final Account TRANSPORT = TestAccounts.handler("D-TRANSPORT");
    private static final Account ECOLOGY = TestAccounts.handler("D-ECOLOGY");

    @Autowired
    DeadlineWatch watch;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private JsonNode draft(String opensAt, String closesAt) {
        var r = post("/drafts", TRANSPORT, Map.of("title", "城市公交运营管理办法（征求意见稿）",
                "opensAt", opensAt, "closesAt", closesAt,
                "chapters", List.of(Map.of("title", "总则", "articles", List.of("第一条 为规范公交运营……", "第二条 本办法适用……")),
                        Map.of("title", "运营服务", "articles", List.of("第三条 首末班时间……")))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private String comment(String number, String article, String text) {
        var body = new java.util.HashMap<String, Object>();
        body.put("article", article);
        body.put("text", text);
        var r = post("/drafts/" + number + "/comments", TestAccounts.citizen(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("id").asString();
    }

    @Test
    void a_comment_is_published_only_after_moderation_with_personal_data_masked_and_feedback_follows_the_closing()
            throws Exception {
        String number = draft("2026-11-16T09:00:00+08:00", "2026-11-16T12:00:00+08:00").get("number").asString();
        String phone = comment(number, "2.1", "我是张三，电话13812345678，建议末班车延长到23点。");
        String whole = comment(number, null, "建议全文增加无障碍公交的要求。");
        String spam = comment(number, "1.1", "与本办法无关的广告内容");
        assertThat(post("/drafts/" + number + "/comments", TestAccounts.citizen(),
                Map.of("article", "9.9", "text", "不存在的条文")).problemType()).endsWith("survey-draft-unknown-article");

        assertThat(get("/public/drafts/" + number + "?site=GOV", null).json().get("comments").size()).isZero();
        assertThat(get("/drafts/" + number + "/comments?status=SUBMITTED", TRANSPORT).json().size()).isEqualTo(3);

        var approved = post("/drafts/comments/" + phone + "/approve", TRANSPORT, Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        expect(post("/drafts/comments/" + whole + "/approve", TRANSPORT, Map.of()), 200);
        expect(post("/drafts/comments/" + spam + "/reject", TRANSPORT, Map.of("reason", "与征集内容无关")), 200);
        assertThat(post("/drafts/comments/" + spam + "/approve", TRANSPORT, Map.of()).problemType())
                .endsWith("survey-draft-already-moderated");

        assertThat(jdbc.sql("select action from admin_audit_log where target_id in (:ids) order by action")
                .param("ids", List.of(phone, spam)).query(String.class).list())
                .containsExactly("survey-draft-comment-approved", "survey-draft-comment-rejected");

        var published = get("/public/drafts/" + number + "?site=GOV", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("comments").size()).isEqualTo(2);
        assertThat(published.body()).doesNotContain("13812345678").doesNotContain("张三").doesNotContain("广告");
        assertThat(get("/public/drafts/" + number + "?site=DONGCHENG", null).status()).isEqualTo(404);

        var early = post("/drafts/" + number + "/feedback", TRANSPORT, Map.of("groups", List.of()));
        assertThat(early.problemType()).endsWith("survey-draft-draft-not-closed");

        try (var probe = KafkaProbe.subscribe(DraftEvents.TOPIC)) {
            MovedClock.CLOCK.set("2026-11-16T13:00");
            watch.roundWithoutLock();
            var closed = probe.awaitRecord(r -> number.equals(r.key())
                    && DraftEvents.Closed.TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(closed.value()).contains("\"received\":3").doesNotContain("13812345678");

            var noReason = post("/drafts/" + number + "/feedback", TRANSPORT, Map.of("groups", List.of(
                    Map.of("title", "末班车时间", "outcome", "NOT_ADOPTED", "comments", List.of(phone)))));
            assertThat(noReason.problemType()).endsWith("survey-draft-invalid-feedback");
            assertThat(noReason.status()).isEqualTo(400);

            var feedback = post("/drafts/" + number + "/feedback", TRANSPORT, Map.of("groups", List.of(
                    Map.of("title", "末班车时间", "summary", "建议延长末班车", "outcome", "PARTLY_ADOPTED",
                            "reason", "主干线路延长至22点30分，其余线路视客流调整", "comments", List.of(phone)),
                    Map.of("title", "无障碍", "summary", "增加无障碍要求", "outcome", "ADOPTED",
                            "comments", List.of(whole)))));
            assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
            var event = probe.awaitRecord(r -> number.equals(r.key())
                    && DraftEvents.FeedbackPublished.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("PARTLY_ADOPTED").doesNotContain("末班车");
        }
        var view = get("/public/drafts/" + number + "?site=GOV", null).json().get("feedback");
        assertThat(view.get("received").asInt()).isEqualTo(3);
        assertThat(view.get("groups").get(0).get("outcome").asString()).isEqualTo("PARTLY_ADOPTED");
        assertThat(view.get("groups").get(0).get("reason").asString()).contains("22点30分");
        assertThat(post("/drafts/" + number + "/feedback", TRANSPORT, Map.of("groups", List.of())).problemType())
                .endsWith("survey-draft-feedback-already-published");
    }

    @Test
    void feedback_not_published_within_the_working_days_is_announced_overdue_on_the_shared_deadline_event() {
        String number = draft("2026-10-08T09:00:00+08:00", "2026-10-09T17:00:00+08:00").get("number").asString();
        try (var probe = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            watch.roundWithoutLock();
            var overdue = probe.awaitRecord(r -> number.equals(r.key())
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(overdue.value()).contains("draft-feedback").contains("D-TRANSPORT").contains("GOV");
        }
    }

    @Test
    void staff_of_another_department_may_neither_moderate_nor_answer_a_draft() {
        String number = draft("2026-11-16T09:00:00+08:00", "2026-11-20T17:00:00+08:00").get("number").asString();
        String id = comment(number, "1.2", "建议明确适用范围。");
        var refused = post("/drafts/comments/" + id + "/approve", ECOLOGY, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("survey-draft-not-permitted");
        assertThat(refused.json().get("detail").asString()).contains(number).contains("所属部门");
        var en = request("POST", "/drafts/comments/" + id + "/approve", ECOLOGY, JSON, "{}", "Accept-Language", "en");
        assertThat(en.json().get("detail").asString()).contains("Only staff of the department");
        assertThat(get("/drafts/" + number + "/comments", ECOLOGY).status()).isEqualTo(403);
        assertThat(get("/public/drafts/" + number + "?site=GOV", null).json().get("comments").size()).isZero();
    }
}
