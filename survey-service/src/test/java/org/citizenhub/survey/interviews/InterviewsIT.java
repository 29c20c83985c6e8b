package org.citizenhub.survey.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.citizenhub.survey.SurveyIT;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;

/** 在线访谈 on the real servers: questions moderated, answered, streamed live (SSE) and resumed; the transcript. */
class InterviewsIT extends SurveyIT {

    private static final Account TRANSPORT = TestAccounts.handler("D-TRANSPORT");
    private static final HttpClient SSE = HttpClient.newHttpClient();

    /** One received SSE event. */
    record Event(String id, String name, String data) {
    }

    /** An open stream: a reader thread turns its lines into events (comments, e.g. the heartbeat, are skipped). */
    final class Stream_ implements AutoCloseable {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final Stream<String> lines;

        Stream_(String path, String lastEventId) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            var response = SSE.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            lines = response.body();
            Thread.ofVirtual().start(() -> {
                String[] current = new String[3];
                try {
                    lines.forEach(line -> {
                        if (line.isEmpty()) {
                            if (current[1] != null || current[2] != null) {
                                events.add(new Event(current[0], current[1], current[2]));
                            }
                            current[0] = current[1] = current[2] = null;
                        } else if (line.startsWith("id:")) {
                            current[0] = line.substring(3).strip();
                        } else if (line.startsWith("event:")) {
                            current[1] = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            current[2] = line.substring(5);
                        }
                    });
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
        }

        Event next() throws InterruptedException {
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("an event within 10 s").isNotNull();
            return e;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    private String schedule() {
        var r = post("/interviews", TRANSPORT, Map.of("title", "聊聊公交线网优化", "guests", List.of("市交通运输局局长"),
                "startsAt", "2026-11-16T02:30:00Z", "endsAt", "2026-11-16T04:00:00Z"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("site").asString()).isEqualTo("GOV");
        return r.json().get("id").asString();
    }

    private String ask(String interview, Account citizen, String text) {
        var r = post("/interviews/" + interview + "/questions", citizen, Map.of("text", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void an_approved_question_and_its_answer_reach_watchers_live_a_reconnect_gets_only_what_it_missed_and_the_transcript_is_published()
            throws Exception {
        String interview = schedule();
        String live = "/public/interviews/" + interview + "/live?site=GOV";
        Account citizen = TestAccounts.citizen();
        try (var watcher = new Stream_(live, null)) {
            String rejected = ask(interview, citizen, "这条不会被采用");
            String approved = ask(interview, citizen, "22路公交能否延长运营时间？我的电话13812345678");
            // the moderation queue holds both; a rejection is audit-logged and never streamed
            assertThat(get("/interviews/" + interview + "/questions?status=PENDING", TestAccounts.reviewer()).json())
                    .hasSize(2);
            assertThat(post("/interviews/" + interview + "/questions/" + rejected + "/reject", TRANSPORT,
                    Map.of("reason", "与主题无关")).status()).isEqualTo(200);
            assertThat(post("/interviews/" + interview + "/questions/" + approved + "/approve",
                    TestAccounts.reviewer(), Map.of()).status()).isEqualTo(200);

            Event question = watcher.next();
            assertThat(question.name()).isEqualTo("question");
            assertThat(question.data()).contains(approved).contains("22路").doesNotContain("13812345678");
            // instants in the stream read like every JSON answer of the service: Asia/Shanghai, not UTC
            assertThat(question.data()).containsPattern("\"askedAt\":\"2026-[0-9-]+T[0-9:.]+\\+08:00\"")
                    .doesNotContainPattern("\"askedAt\":\"[^\"]*Z\"");

            // a rejected question is never answered
            assertThat(post("/interviews/" + interview + "/questions/" + rejected + "/answers", TRANSPORT,
                    Map.of("text", "?")).problemType()).isEqualTo("interview-question-not-approved");
            var answered = post("/interviews/" + interview + "/questions/" + approved + "/answers", TRANSPORT,
                    Map.of("text", "我们正在评估，明年一季度起延长至23点。"));
            assertThat(answered.status()).as(answered.body()).isEqualTo(201);
            Event answer = watcher.next();
            assertThat(answer.name()).isEqualTo("answer");
            assertThat(answer.data()).contains(approved).contains("23点")
                    .containsPattern("\"answeredAt\":\"2026-[0-9-]+T[0-9:.]+\\+08:00\"");
            assertThat(Long.parseLong(answer.id())).isGreaterThan(Long.parseLong(question.id()));
            assertThat(watcher.events).isEmpty();

            // a reconnect after the question receives only the answer, then goes on live
            try (var reconnected = new Stream_(live, question.id())) {
                Event missed = reconnected.next();
                assertThat(missed.id()).isEqualTo(answer.id());
                String second = ask(interview, citizen, "地铁接驳呢？");
                post("/interviews/" + interview + "/questions/" + second + "/approve", TRANSPORT, Map.of());
                assertThat(reconnected.next().data()).contains(second);
                assertThat(watcher.next().data()).contains(second);
                assertThat(reconnected.events).isEmpty();
            }
        }

        // the transcript: only after the end, then public with masked questions and no rejected one
        assertThat(post("/interviews/" + interview + "/transcript", TRANSPORT, Map.of()).problemType())
                .isEqualTo("interview-transcript-not-publishable");
        assertThat(get("/public/interviews/" + interview + "/transcript?site=GOV", null).status()).isEqualTo(404);
        MovedClock.CLOCK.advance(Duration.ofHours(3));
        assertThat(post("/interviews/" + interview + "/questions", citizen, Map.of("text", "还能问吗？"))
                .problemType()).isEqualTo("interview-questions-closed");
        assertThat(post("/interviews/" + interview + "/transcript", TRANSPORT, Map.of()).status()).isEqualTo(200);
        var transcript = get("/public/interviews/" + interview + "/transcript?site=GOV", null);
        assertThat(transcript.status()).as(transcript.body()).isEqualTo(200);
        assertThat(transcript.json().get("questions")).hasSize(2);
        assertThat(transcript.body()).contains("23点").doesNotContain("13812345678").doesNotContain("不会被采用");
        // a district's portal does not list the city's interview
        assertThat(get("/public/interviews/" + interview + "?site=DONGCHENG", null).status()).isEqualTo(404);
    }

    @Test
    void a_citizen_asks_at_most_the_configured_number_of_questions_and_only_staff_of_the_department_moderate() {
        String interview = schedule();
        Account citizen = TestAccounts.citizen();
        for (int i = 0; i < 5; i++) {
            ask(interview, citizen, "问题 " + i);
        }
        assertThat(post("/interviews/" + interview + "/questions", citizen, Map.of("text", "第六个"))
                .problemType()).isEqualTo("interview-question-limit-reached");
        assertThat(post("/interviews/" + interview + "/questions", TestAccounts.citizen(), Map.of("text", "长".repeat(501)))
                .problemType()).isEqualTo("interview-question-length");
        assertThat(get("/interviews/" + interview + "/questions", TestAccounts.handler("D-ECOLOGY")).problemType())
                .isEqualTo("interview-not-permitted");
    }

    @Test
    void the_demo_data_lists_a_scheduled_city_interview_on_gov_with_one_approved_question_and_its_stream_line()
            throws Exception {
        // db/demo V69_1; its dates follow the real time of the migration, not this suite's moved clock
        String demo = "17e70000-0000-4000-8000-000000000001";
        var listed = get("/public/interviews?site=GOV", null);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        var ids = new java.util.ArrayList<String>();
        listed.json().forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).contains(demo);
        var one = get("/public/interviews/" + demo + "?site=GOV", null);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("questions")).hasSize(1);
        assertThat(one.body()).contains("能否加密班次");
        assertThat(get("/public/interviews?site=DONGCHENG", null).body()).doesNotContain(demo);
        // a watcher from the start receives the approved question as the service itself would have streamed it
        try (var watcher = new Stream_("/public/interviews/" + demo + "/live?site=GOV", null)) {
            Event question = watcher.next();
            assertThat(question.name()).isEqualTo("question");
            assertThat(question.data()).contains("17e70000-0000-4000-8000-000000000101").contains("能否加密班次")
                    .containsPattern("\"askedAt\":\"20[0-9-]+T[0-9:]+\\+08:00\"");
        }
    }
}
