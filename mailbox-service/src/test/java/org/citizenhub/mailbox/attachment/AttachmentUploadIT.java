package org.citizenhub.mailbox.attachment;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A citizen uploads files for a letter and gets their own back; nothing else gets in or out. */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class AttachmentUploadIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Attachments attachments;

    AttachmentApi api;
    TestAccounts.Account citizen;

    @BeforeEach
    void connect() {
        api = new AttachmentApi(port);
        citizen = TestAccounts.citizen();
    }

    @Test
    void an_uploaded_photo_is_stored_with_the_type_its_bytes_have_and_a_server_computed_sha256() {
        byte[] png = SampleFiles.png();

        var response = api.upload(citizen.bearer(), "C:\\fakepath\\人民路坑洼.png", "application/pdf", png);

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        String id = body.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("http://127.0.0.1:" + port + "/attachments/" + id);
        assertThat(body.get("filename").asString()).isEqualTo("人民路坑洼.png");
        assertThat(body.get("contentType").asString()).as("sniffed, not the declared application/pdf")
                .isEqualTo("image/png");
        assertThat(body.get("size").asLong()).isEqualTo(png.length);
        assertThat(body.get("sha256").asString()).isEqualTo(Attachments.sha256(png)).hasSize(64);
        var row = jdbc.sql("select owner_id, subject_id, content, content_type from attachment where id = ?::uuid")
                .param(id).query().singleRow();
        assertThat(row.get("owner_id")).isEqualTo(citizen.id());
        assertThat(row.get("subject_id")).isNull();
        assertThat((byte[]) row.get("content")).isEqualTo(png);
    }

    @Test
    void the_owner_downloads_identical_bytes_as_a_sandboxed_attachment_while_another_citizen_gets_404() {
        byte[] pdf = SampleFiles.pdf();
        String id = api.upload(citizen.bearer(), "扫描件 1.pdf", "application/octet-stream", pdf).json()
                .get("id").asString();
        var stranger = TestAccounts.citizen();

        var own = api.download(id, citizen.bearer());
        var foreign = api.download(id, stranger.bearer());
        var unknown = api.download(UUID.randomUUID().toString(), stranger.bearer());
        var notAnId = api.download("not-an-id", stranger.bearer());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(pdf);
        assertThat(own.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(own.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%89%AB%E6%8F%8F%E4%BB%B6%201.pdf");
        assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(own.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(foreign.asText().body()).doesNotContain("%PDF").doesNotContain("扫描件");
        assertThat(foreign.asText().json().get("type")).isEqualTo(unknown.asText().json().get("type"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
    }

    @Test
    void an_executable_renamed_to_jpg_is_refused_with_415_and_nothing_is_stored() {
        var response = api.upload(citizen.bearer(), "pothole.jpg", "image/jpeg", SampleFiles.exe());

        assertProblem(response, 415, "attachment-type-not-allowed");
        assertThat(storedBy(citizen)).isZero();
    }

    @Test
    void svg_and_html_are_refused_because_they_can_carry_script() {
        var svg = api.upload(citizen.bearer(), "map.svg", "image/svg+xml", SampleFiles.svg());
        var html = api.upload(citizen.bearer(), "photo.png", "image/png", SampleFiles.html());
        var zip = api.upload(citizen.bearer(), "report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.plainZip());

        assertProblem(svg, 415, "attachment-type-not-allowed");
        assertProblem(html, 415, "attachment-type-not-allowed");
        assertProblem(zip, 415, "attachment-type-not-allowed");
        assertThat(storedBy(citizen)).isZero();
    }

    @Test
    void a_file_over_5_mb_is_refused_with_413_and_nothing_is_stored() {
        var response = api.upload(citizen.bearer(), "huge.png", "image/png", SampleFiles.pngOfSize(5 * 1024 * 1024 + 1));

        assertProblem(response, 413, "attachment-too-large");
        assertThat(response.json().get("detail").asString()).contains("5 MB");
        assertThat(storedBy(citizen)).isZero();
    }

    @Test
    void a_file_of_exactly_5_mb_is_accepted_although_the_service_refuses_other_bodies_over_64_kb() {
        var response = api.upload(citizen.bearer(), "big.png", "image/png", SampleFiles.pngOfSize(5 * 1024 * 1024));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("size").asLong()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void an_upload_beyond_the_transport_limit_is_refused_with_413_problem_details_whether_announced_or_streamed() {
        byte[] tooLarge = SampleFiles.pngOfSize(6 * 1024 * 1024 + 1);

        var announced = api.upload(citizen.bearer(), "huge.png", "image/png", tooLarge);
        var streamed = api.upload(citizen.bearer(), "huge.png", "image/png", tooLarge, true);

        assertProblem(announced, 413, "payload-too-large");
        assertProblem(streamed, 413, "payload-too-large");
        assertThat(storedBy(citizen)).isZero();
    }

    @Test
    void an_empty_file_is_refused_with_400() {
        var response = api.upload(citizen.bearer(), "empty.png", "image/png", new byte[0]);

        assertProblem(response, 400, "attachment-empty");
        assertThat(storedBy(citizen)).isZero();
    }

    @Test
    void uploading_without_a_token_is_401_and_staff_without_the_citizen_role_get_403() {
        var anonymous = api.upload(null, "pothole.png", "image/png", SampleFiles.png());
        var handler = api.upload(TestAccounts.handler("D-TRANSPORT").bearer(), "pothole.png", "image/png",
                SampleFiles.png());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(handler.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from attachment where filename = 'pothole.png' and uploaded_at > now() - interval '1 minute'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_citizen_with_20_uploads_waiting_for_a_letter_gets_429_for_the_next() {
        for (int i = 0; i < 20; i++) {
            attachments.upload(citizen.id(), "photo-" + i + ".png", SampleFiles.png());
        }

        var response = api.upload(citizen.bearer(), "one-more.png", "image/png", SampleFiles.png());

        assertProblem(response, 429, "too-many-unclaimed-attachments");
        assertThat(storedBy(citizen)).isEqualTo(20);
    }

    private void assertProblem(MailboxApi.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("type").asString()).endsWith("/" + slug);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
    }

    private long storedBy(TestAccounts.Account account) {
        return jdbc.sql("select count(*) from attachment where owner_id = ?").param(account.id())
                .query(Long.class).single();
    }
}
