package org.citizenhub.casework.attachments;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.web.problem.CommonProblem;
import org.citizenhub.web.problem.HubProblem;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The library on a real PostgreSQL whose schema comes only from db/platform, as a new service's would: subjects of
 * several types side by side, the per-subject limit, and a cleanup that one failing row cannot stop.
 */
class AttachmentsIT {

    private static DataSource database;
    private static JdbcClient jdbc;

    private final Attachments attachments = new Attachments(jdbc, new DataSourceTransactionManager(database),
            AttachmentProperties.defaults(), Clock.system(ZoneId.of("Asia/Shanghai")));
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));

    @BeforeAll
    static void a_database_with_the_platform_tables_only() {
        var servers = SharedInfrastructure.get();
        database = new DriverManagerDataSource(SharedInfrastructure.database("casework_attachments"),
                servers.postgresUsername(), servers.postgresPassword());
        Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(database).locations("classpath:db/platform").load().migrate();
        jdbc = JdbcClient.create(database);
    }

    @Test
    void a_consultation_case_and_a_letter_with_the_same_id_keep_their_attachments_apart() {
        UUID id = UUID.randomUUID();
        var letter = AttachmentSubject.of("letter", id);
        var consultation = AttachmentSubject.of("consultation-case", id);
        UUID forLetter = upload("citizen-a");
        UUID forCase = upload("citizen-a");

        transactions.executeWithoutResult(status -> {
            attachments.claim("citizen-a", List.of(forLetter), letter);
            attachments.claim("citizen-a", List.of(forCase), consultation);
        });

        assertThat(attachments.of(letter)).extracting(AttachmentInfo::id).containsExactly(forLetter);
        assertThat(attachments.of(consultation)).extracting(AttachmentInfo::id).containsExactly(forCase);
        assertThat(attachments.read(forCase, AttachmentAccess.subject(letter))).isEmpty();
        assertThat(attachments.read(forCase, AttachmentAccess.subject(consultation))).isPresent();
    }

    @Test
    void a_subject_carries_at_most_five_files_and_a_refused_claim_takes_none() {
        var subject = AttachmentSubject.of("consultation-case", UUID.randomUUID());
        List<UUID> six = List.of(upload("citizen-b"), upload("citizen-b"), upload("citizen-b"), upload("citizen-b"),
                upload("citizen-b"), upload("citizen-b"));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                attachments.claim("citizen-b", six, subject)))
                .isInstanceOfSatisfying(HubProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(AttachmentProblem.TOO_MANY_ATTACHMENTS);
                    assertThat(problem.args()).containsExactly(5);
                });

        assertThat(attachments.of(subject)).isEmpty();
        assertThatThrownBy(() -> attachments.claim("citizen-b", six.subList(0, 1), subject))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_refused_claim_rolls_back_the_subjects_transaction_even_when_the_caller_catches_the_refusal() {
        var subject = AttachmentSubject.of("consultation-case", UUID.randomUUID());
        UUID own = upload("citizen-c");
        UUID foreign = upload("citizen-d");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            try {
                attachments.claim("citizen-c", List.of(own, foreign), subject);
            } catch (HubProblem refused) {
                assertThat(refused.type()).isEqualTo(AttachmentProblem.ATTACHMENT_NOT_FOUND);
            }
        })).isInstanceOf(org.springframework.transaction.UnexpectedRollbackException.class);
        assertThat(attachments.of(subject)).isEmpty();
    }

    @Test
    void one_row_that_cannot_be_deleted_never_stops_the_cleanup_of_the_others() {
        String owner = "citizen-cleanup-" + UUID.randomUUID();
        UUID stuck = upload(owner);
        UUID expired = upload(owner);
        UUID recent = upload(owner);
        // the stuck row is the oldest, so it comes first in every run
        jdbc.sql("update attachment set uploaded_at = now() - interval '3 days' where id = ?").param(stuck).update();
        jdbc.sql("update attachment set uploaded_at = now() - interval '2 days' where id = ?").param(expired).update();
        jdbc.sql("""
                create or replace function attachment_it_refuse_delete() returns trigger language plpgsql as $$
                begin
                    if old.id = '%s' then
                        raise exception 'this row cannot be deleted';
                    end if;
                    return old;
                end $$
                """.formatted(stuck)).update();
        jdbc.sql("""
                create or replace trigger attachment_it_refuse_delete before delete on attachment
                for each row execute function attachment_it_refuse_delete()
                """).update();
        try {
            var run = attachments.deleteExpiredUploads();

            assertThat(run.failed()).isEqualTo(1);
            assertThat(run.deleted()).isGreaterThanOrEqualTo(1);
            assertThat(attachments.content(expired)).isEmpty();
            assertThat(attachments.content(stuck)).isPresent();
            assertThat(attachments.content(recent)).isPresent();
        } finally {
            jdbc.sql("drop trigger attachment_it_refuse_delete on attachment").update();
            jdbc.sql("drop function attachment_it_refuse_delete()").update();
        }
        assertThat(attachments.deleteExpiredUploads().failed()).isZero();
        assertThat(attachments.content(stuck)).isEmpty();
    }

    @Test
    void a_service_mounts_upload_and_download_under_its_own_path_and_access_rule() throws Exception {
        var endpoints = new AttachmentEndpoints(attachments);
        var request = new MockHttpServletRequest("POST", "/consultation/attachments");
        request.setServerName("hub.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        byte[] pdf = SampleFiles.pdf();
        try {
            var uploaded = endpoints.upload("citizen-e", new MockMultipartFile("file", "截图.pdf", "image/png", pdf));

            assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
            var body = uploaded.getBody();
            assertThat(body.contentType()).isEqualTo("application/pdf");
            assertThat(body.filename()).isEqualTo("截图.pdf");
            assertThat(body.sha256()).isEqualTo(Attachments.sha256(pdf));
            assertThat(uploaded.getHeaders().getLocation())
                    .hasToString("http://hub.example/consultation/attachments/" + body.id());

            var own = endpoints.download(body.id().toString(), AttachmentAccess.owner("citizen-e"));
            assertThat(own.getBody()).isEqualTo(pdf);
            assertThat(own.getHeaders().getFirst("Content-Security-Policy")).startsWith("sandbox");
            for (String id : new String[] {body.id().toString(), UUID.randomUUID().toString(), "../etc/passwd"}) {
                assertThatThrownBy(() -> endpoints.download(id, AttachmentAccess.owner("citizen-f")))
                        .isInstanceOfSatisfying(HubProblem.class,
                                problem -> assertThat(problem.type()).isEqualTo(CommonProblem.NOT_FOUND));
            }
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private UUID upload(String owner) {
        return attachments.upload(owner, "photo.png", SampleFiles.png()).id();
    }
}
