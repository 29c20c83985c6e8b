package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.util.stream.Stream;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every kind of bad request is answered with problem details, and none of them stores a letter or an event. */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class BadLetterInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;
    TestAccounts.Account citizen;

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
        citizen = TestAccounts.citizen();
    }

    static Stream<Arguments> badLetters() {
        var tooLongTitle = letter("MAYOR", "OTHER", "长".repeat(101), "正文");
        var tooLongBody = letter("MAYOR", "OTHER", "标题", "长".repeat(5001));
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"mailbox\": \"MAYOR\", \"title\": ", 400, "malformed-json"),
                Arguments.of("not an object", "application/json", "[1,2,3]", 400, "malformed-json"),
                Arguments.of("empty body", "application/json", "", 400, "malformed-json"),
                Arguments.of("missing title", "application/json", "{\"mailbox\":\"MAYOR\",\"category\":\"OTHER\",\"body\":\"x\"}", 400, "validation-failed"),
                Arguments.of("blank body", "application/json", json(letter("MAYOR", "OTHER", "标题", "   ")), 400, "validation-failed"),
                Arguments.of("title over 100 characters", "application/json", json(tooLongTitle), 400, "validation-failed"),
                Arguments.of("body over 5000 characters", "application/json", json(tooLongBody), 400, "validation-failed"),
                Arguments.of("mailbox code with odd characters", "application/json", json(letter("<script>", "OTHER", "标题", "正文")), 400, "validation-failed"),
                Arguments.of("unknown category", "application/json", json(letter("MAYOR", "BRIBE", "标题", "正文")), 400, null),
                Arguments.of("wrong content type", "text/plain", json(letter("MAYOR", "OTHER", "标题", "正文")), 415, "unsupported-media-type"),
                Arguments.of("form encoded", "application/x-www-form-urlencoded", "mailbox=MAYOR&title=x", 415, "unsupported-media-type"),
                Arguments.of("body over 64 KB", "application/json", json(letter("MAYOR", "OTHER", "标题", "x".repeat(70_000))), 413, "payload-too-large"),
                Arguments.of("e-mail address without a domain", "application/json", json(with("email", "zhang@")), 400, "validation-failed"),
                Arguments.of("phone number that is not a mobile number", "application/json", json(with("phone", "12345")), 400, "validation-failed"),
                Arguments.of("answer by e-mail without an address", "application/json", json(with("contactChannel", "EMAIL")), 400, "invalid-contact"),
                Arguments.of("answer by SMS without a number", "application/json", json(with("contactChannel", "SMS")), 400, "invalid-contact"),
                Arguments.of("unknown contact channel", "application/json", json(with("contactChannel", "PIGEON")), 400, null),
                Arguments.of("contact name over 30 characters", "application/json", json(with("contactName", "名".repeat(31))), 400, "validation-failed"),
                Arguments.of("publication consent that is not a boolean", "application/json", json(with("agreesToPublication", "maybe")), 400, null),
                Arguments.of("attachment id that is not a UUID", "application/json", json(with("attachmentIds", java.util.List.of("../etc/passwd"))), 400, null),
                Arguments.of("attachment that does not exist", "application/json", json(with("attachmentIds", java.util.List.of(java.util.UUID.randomUUID().toString()))), 400, "attachment-not-found"),
                Arguments.of("unknown mailbox", "application/json", json(letter("NO-SUCH-BOX", "OTHER", "标题", "正文")), 400, "unknown-mailbox"),
                Arguments.of("closed mailbox", "application/json", json(letter("ARCHIVED", "OTHER", "标题", "正文")), 409, "mailbox-closed"));
    }

    private static java.util.Map<String, Object> with(String field, Object value) {
        var letter = letter("MAYOR", "OTHER", "标题", "正文");
        letter.put(field, value);
        return letter;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLetters")
    void a_bad_letter_gets_problem_details_and_stores_nothing(String what, String contentType, String body,
                                                              int status, String slug) {
        long lettersBefore = count("letter");
        long eventsBefore = count("event_publication");

        var response = api.post("/letters", citizen.bearer(), contentType, body);

        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://citizenhub.example/problems/");
        if (slug != null) {
            assertThat(problem.get("type").asString()).endsWith("/" + slug);
        }
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(count("letter")).isEqualTo(lettersBefore);
        assertThat(count("event_publication")).isEqualTo(eventsBefore);
    }

    @Test
    void a_validation_failure_names_each_offending_field_in_the_requested_language() {
        var response = api.post("/letters", citizen.bearer(), "application/json",
                "{\"mailbox\":\"MAYOR\",\"category\":\"OTHER\"}", "Accept-Language", "en");

        assertThat(response.status()).isEqualTo(400);
        var fields = response.json().get("errors").findValuesAsString("field");
        assertThat(fields).contains("title", "body");
        assertThat(response.json().get("title").asString()).matches("[\\x20-\\x7E]+");
    }

    @Test
    void a_malformed_idempotency_key_is_refused_before_anything_is_stored() {
        long before = count("letter");

        var response = api.post("/letters", citizen.bearer(), "application/json",
                json(letter("MAYOR", "OTHER", "标题", "正文")), "Idempotency-Key", "short");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-idempotency-key");
        assertThat(count("letter")).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
