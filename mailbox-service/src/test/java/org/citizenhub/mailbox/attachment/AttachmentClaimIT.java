package org.citizenhub.mailbox.attachment;

import org.citizenhub.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.citizenhub.casework.attachments.AttachmentCleanup;
import org.citizenhub.casework.attachments.AttachmentInfo;
import org.citizenhub.casework.attachments.AttachmentProblem;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.web.problem.HubProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter's submission claims the citizen's uploads in the letter's own transaction: all of them or none, at most
 * five, only the citizen's own and only once. Uploads no letter claims are deleted after a day.
 */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class AttachmentClaimIT {

    @Autowired
    Attachments attachments;

    @Autowired
    LetterAttachments letters;

    @Autowired
    AttachmentCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_letter_claims_its_writers_uploads_in_its_own_transaction_in_the_order_given() {
        String writer = someCitizen();
        UUID first = upload(writer, "第一张.png");
        UUID second = upload(writer, "第二张.pdf", SampleFiles.pdf());

        UUID letterId = transactions.execute(status -> {
            UUID letter = insertLetter(writer);
            var claimed = letters.claim(writer, List.of(second, first, second), letter);
            assertThat(claimed).extracting(AttachmentInfo::id).containsExactly(second, first);
            assertThat(claimed).extracting(AttachmentInfo::contentType).containsExactly("application/pdf", "image/png");
            return letter;
        });

        assertThat(letters.ofLetter(letterId)).extracting(AttachmentInfo::id).containsExactlyInAnyOrder(first, second);
        var stored = attachments.content(first).orElseThrow();
        assertThat(stored.subject()).contains(LetterAttachments.subject(letterId));
        assertThat(stored.isOwnedBy(writer)).isTrue();
        assertThat(jdbc.sql("select count(*) from attachment where subject_type = 'letter' and subject_id = ? and claimed_at is not null")
                .param(letterId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void one_id_of_another_citizen_makes_the_whole_claim_fail_and_the_letter_is_not_stored() {
        String writer = someCitizen();
        String other = someCitizen();
        UUID own = upload(writer, "own.png");
        UUID foreign = upload(other, "foreign.png");
        UUID letterId = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            insertLetter(writer, letterId);
            letters.claim(writer, List.of(own, foreign), letterId);
        })).isInstanceOfSatisfying(HubProblem.class, problem -> {
            assertThat(problem.type()).isEqualTo(AttachmentProblem.ATTACHMENT_NOT_FOUND);
            assertThat(problem.type().status()).isEqualTo(400);
        });

        assertThat(claimedLetterOf(own)).isNull();
        assertThat(claimedLetterOf(foreign)).isNull();
        assertThat(jdbc.sql("select count(*) from letter where id = ?").param(letterId).query(Long.class).single())
                .isZero();
    }

    @Test
    void unknown_and_already_claimed_uploads_are_not_found_either() {
        String writer = someCitizen();
        UUID claimedOnce = upload(writer, "once.png");
        transactions.executeWithoutResult(status ->
                letters.claim(writer, List.of(claimedOnce), insertLetter(writer)));
        UUID fresh = upload(writer, "fresh.png");

        for (List<UUID> ids : List.of(List.of(fresh, claimedOnce), List.of(fresh, UUID.randomUUID()))) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                    letters.claim(writer, ids, insertLetter(writer))))
                    .isInstanceOfSatisfying(HubProblem.class,
                            problem -> assertThat(problem.type()).isEqualTo(AttachmentProblem.ATTACHMENT_NOT_FOUND));
        }
        assertThat(claimedLetterOf(fresh)).isNull();
    }

    @Test
    void a_sixth_attachment_is_refused_whether_claimed_at_once_or_later() {
        String writer = someCitizen();
        List<UUID> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(upload(writer, "photo-" + i + ".png"));
        }

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                letters.claim(writer, six, insertLetter(writer))))
                .isInstanceOfSatisfying(HubProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(AttachmentProblem.TOO_MANY_ATTACHMENTS);
                    assertThat(problem.args()).containsExactly(5);
                });
        assertThat(six).allSatisfy(id -> assertThat(claimedLetterOf(id)).isNull());

        UUID letterId = transactions.execute(status -> {
            UUID letter = insertLetter(writer);
            assertThat(letters.claim(writer, six.subList(0, 5), letter)).hasSize(5);
            return letter;
        });
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                letters.claim(writer, List.of(six.get(5)), letterId)))
                .isInstanceOfSatisfying(HubProblem.class,
                        problem -> assertThat(problem.type()).isEqualTo(AttachmentProblem.TOO_MANY_ATTACHMENTS));
        assertThat(letters.ofLetter(letterId)).hasSize(5);
    }

    @Test
    void claiming_outside_a_transaction_is_a_programming_error() {
        String writer = someCitizen();
        UUID id = upload(writer, "photo.png");

        assertThatThrownBy(() -> letters.claim(writer, List.of(id), UUID.randomUUID()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(claimedLetterOf(id)).isNull();
    }

    @Test
    void the_cleanup_deletes_uploads_no_letter_claimed_within_a_day_under_its_lock_and_keeps_the_rest() {
        String writer = someCitizen();
        UUID expired = upload(writer, "forgotten.png");
        UUID recent = upload(writer, "recent.png");
        UUID claimedLongAgo = upload(writer, "claimed.png");
        transactions.executeWithoutResult(status ->
                letters.claim(writer, List.of(claimedLongAgo), insertLetter(writer)));
        jdbc.sql("update attachment set uploaded_at = now() - interval '25 hours' where id in (?, ?)")
                .params(expired, claimedLongAgo).update();
        // an earlier run may hold the lock for its lock-at-least-for; no other replica runs in this test
        jdbc.sql("delete from shedlock where name = ?").param(AttachmentCleanup.LOCK_NAME).update();

        cleanup.deleteExpiredUploads();

        assertThat(attachments.content(expired)).isEmpty();
        assertThat(attachments.content(recent)).isPresent();
        assertThat(attachments.content(claimedLongAgo)).isPresent();
        assertThat(jdbc.sql("select count(*) from shedlock where name = ?").param(AttachmentCleanup.LOCK_NAME)
                .query(Long.class).single()).isEqualTo(1);
    }

    private UUID upload(String owner, String filename) {
        return upload(owner, filename, SampleFiles.png());
    }

    private UUID upload(String owner, String filename, byte[] content) {
        return attachments.upload(owner, filename, content).id();
    }

    private UUID claimedLetterOf(UUID attachment) {
        return jdbc.sql("select subject_id from attachment where id = ?").param(attachment)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
    }

    private UUID insertLetter(String writer) {
        return insertLetter(writer, UUID.randomUUID());
    }

    /** A letter row as the letter's submission writes it (that code is not under test here). */
    private UUID insertLetter(String writer, UUID id) {
        String trackingNumber = "ML2999" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        jdbc.sql("""
                insert into letter (id, tracking_number, writer_id, mailbox_code, mailbox_owner, category, title, body,
                                    status, submitted_at)
                values (?, ?, ?, 'MAYOR', 'D-GOV-OFFICE', 'OTHER', '附件测试', '正文', 'SUBMITTED', ?)
                """)
                .params(id, trackingNumber, writer, OffsetDateTime.now())
                .update();
        return id;
    }

    private static String someCitizen() {
        return UUID.randomUUID().toString();
    }
}
