package org.citizenhub.mailbox.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts.Account;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the public sees: reviewed letters with personal data masked, searchable only by what is shown. */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class PublicationIT {

    private static final String JSON = "application/json";
    private static final String ID = "11010519900307123X";
    private static final String MOBILE = "138 0013 8000";
    private static final String EMAIL = "wang.xiaoming@example.com";
    private static final String ADDRESS_NUMBER = "88号";

    @LocalServerPort
    int port;

    MailboxApi api;
    final Account citizen = TestAccounts.citizen();
    final Account office = TestAccounts.handler("D-GOV-OFFICE");
    final Account transport = TestAccounts.handler("D-TRANSPORT");
    // reviewers see their department's scope: the mayor's office reviews the replies to its mailbox
    final Account reviewer = TestAccounts.withRoles("D-GOV-OFFICE", "reviewer");

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @Test
    void a_published_letter_shows_no_id_number_phone_email_address_or_name_and_cannot_be_found_by_them() {
        String body = "我叫王小明，身份证号" + ID + "，住在建国路" + ADDRESS_NUMBER + "幸福小区3栋2单元502室。"
                + "公交12路站牌被撞坏了，请联系我：" + MOBILE + "，邮箱 " + EMAIL + "。";
        String tn = answered(body, "王小明", true);

        var preview = api.get("/handling/letters/" + tn + "/publication-preview", reviewer.bearer());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).doesNotContain(ID, "13800138000", MOBILE, EMAIL, "王小明", "502室");
        assertThat(preview.json().get("maskedItems").toString()).contains("ID_NUMBER", "MOBILE", "EMAIL", "NAME");

        assertThat(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", true)).status())
                .isEqualTo(200);

        var listing = api.get("/public/published-letters?q=" + encode("站牌被撞坏") + "&size=100", null);
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.body()).contains(tn).doesNotContain(ID, MOBILE, EMAIL, "王小明");
        var detail = api.get("/public/published-letters/" + tn, null);
        assertThat(detail.json().get("body").asString()).contains("公交12路站牌被撞坏").doesNotContain(ID, EMAIL);
        assertThat(detail.json().get("reply").asString()).contains("已修复");
        assertThat(detail.json().get("department").asString()).isEqualTo("D-TRANSPORT");
        assertThat(detail.json().get("workingDaysTaken").isNumber()).isTrue();

        for (String raw : List.of(ID, "13800138000", EMAIL, "王小明")) {
            assertThat(api.get("/public/published-letters?q=" + encode(raw), null).body()).as(raw).doesNotContain(tn);
        }
    }

    @Test
    void a_letter_whose_writer_did_not_agree_is_never_published_even_if_the_reviewer_allows_it() {
        String tn = answered("公交站台太窄，希望扩建。", null, false);
        step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", true));

        assertThat(api.get("/public/published-letters/" + tn, null).status()).isEqualTo(404);
        assertThat(api.get("/public/published-letters?size=100", null).body()).doesNotContain(tn);
    }

    @Test
    void the_monthly_statistics_count_received_accepted_replied_on_time_and_satisfaction_per_mailbox() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        var before = mayor(api.get("/public/statistics/" + month, null).json().get("byMailbox"));

        String tn = answered("统计用来信", null, true);
        step(reviewer, tn, "review", Map.of("approve", true));
        api.post("/letters/" + tn + "/rating", citizen.bearer(), JSON, json(Map.of("rating", "BASICALLY_SATISFIED")));

        var after = mayor(api.get("/public/statistics/" + month, null).json().get("byMailbox"));
        assertThat(after.get("received").asLong()).isEqualTo(before.get("received").asLong() + 1);
        assertThat(after.get("accepted").asLong()).isEqualTo(before.get("accepted").asLong() + 1);
        assertThat(after.get("replied").asLong()).isEqualTo(before.get("replied").asLong() + 1);
        assertThat(after.get("repliedOnTime").asLong()).isEqualTo(before.get("repliedOnTime").asLong() + 1);
        assertThat(after.get("basicallySatisfied").asLong()).isEqualTo(before.get("basicallySatisfied").asLong() + 1);
        assertThat(after.get("satisfactionRate").asDouble()).isBetween(0.0, 100.0);
        assertThat(api.get("/public/statistics/2026-13", null).status()).isEqualTo(400);
    }

    private tools.jackson.databind.JsonNode mayor(tools.jackson.databind.JsonNode byMailbox) {
        for (var figures : byMailbox) {
            if (figures.get("key").asString().equals("MAYOR")) {
                return figures;
            }
        }
        return MailboxApi.parse("{\"received\":0,\"accepted\":0,\"replied\":0,\"repliedOnTime\":0,"
                + "\"basicallySatisfied\":0}");
    }

    private String answered(String body, String contactName, boolean agrees) {
        var letter = letter("MAYOR", "COMPLAINT", "公交站牌损坏", body);
        letter.put("agreesToPublication", agrees);
        if (contactName != null) {
            letter.put("contactName", contactName);
        }
        var submitted = api.post("/letters", citizen.bearer(), JSON, json(letter));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String tn = submitted.json().get("trackingNumber").asString();
        assertThat(step(office, tn, "acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(step(office, tn, "assignment", Map.of("department", "D-TRANSPORT")).status()).isEqualTo(200);
        assertThat(step(transport, tn, "reply", Map.of("text", "站牌已修复。感谢王小明同志的反映。")).status())
                .isEqualTo(200);
        return tn;
    }

    private MailboxApi.Response step(Account actor, String tn, String step, Map<String, Object> body) {
        return api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
