package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.citizenhub.privacy.PersonalDataSeal;
import org.citizenhub.testing.HubInfrastructureInitializer;
import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library on its own, as a service uses it: a catalogue bean and a seal bean, auto-configuration does the rest,
 * against the shared PostgreSQL (database {@code notify_lib}, schema by the library's repeatable migration) and a
 * real SMTP server (GreenMail in this JVM). The clock is one the test moves to make retries due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, classes = NotificationLibraryIT.Service.class,
        properties = {
                "hub.test.database=notify_lib",
                "spring.flyway.locations=classpath:db/platform",
                "hub.notifications.from=市民服务 <no-reply@citizenhub.example>",
                "hub.notifications.dispatch-interval=200ms",
                "hub.notifications.backoff.delays=1m,5m",
                "hub.notifications.backoff.max-attempts=3"})
@ContextConfiguration(initializers = HubInfrastructureInitializer.class)
class NotificationLibraryIT {

    private static final int SMTP_PORT = freePort();
    private static volatile GreenMail smtp = startSmtp();

    /** A service in miniature: its catalogue, its seal and a movable clock. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        @Bean
        NotificationCatalogue catalogue() {
            return TestKinds.catalogue();
        }

        @Bean
        PersonalDataSeal seal() {
            return new TestSeal();
        }

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    CitizenNotifier notifier;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @AfterEach
    void mailServerIsBack() {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void a_notification_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        String rolledBack = newAddress();
        String rolledBackCase = newTrackingNumber();
        String committed = newAddress();

        transactions.executeWithoutResult(tx -> {
            notifier.enqueue(accepted(rolledBackCase, rolledBack));
            tx.setRollbackOnly(); // the handling step failed
        });
        transactions.executeWithoutResult(tx -> notifier.enqueue(accepted(newTrackingNumber(), committed)));

        // once the notification queued after it has arrived, the rolled-back one would have too
        awaitMailTo(committed);
        assertThat(mailTo(rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_outbox where tracking_number = ?")
                .param(rolledBackCase).query(Long.class).single()).isZero();
    }

    @Test
    void a_committed_notification_is_delivered_once_from_the_catalogues_texts_and_its_recipient_forgotten()
            throws Exception {
        String address = newAddress();
        String trackingNumber = newTrackingNumber();

        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(trackingNumber,
                ContactChannel.EMAIL, address, TestKinds.CASE_ACCEPTED, Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "路灯不亮", "office", "市长信箱", "dueDate", "2026年12月8日"))));
        assertThat((String) row(trackingNumber).get("recipient")).startsWith("t1:").doesNotContain(address);
        assertThat((String) row(trackingNumber).get("params")).contains("dueDate").doesNotContain(address);

        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("【市长信箱】您的诉求已受理（" + trackingNumber + "）");
        assertThat((String) mail.getContent()).contains("您向市长信箱反映的《路灯不亮》已受理")
                .contains("我们将在2026年12月8日前答复您。");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("recipient")).isNull();
        });
        // several more dispatch rounds, and still one e-mail
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(mailTo(address)).hasSize(1));
    }

    @Test
    void while_the_mail_server_fails_the_email_is_retried_with_back_off_then_delivered() {
        String address = newAddress();
        String trackingNumber = newTrackingNumber();
        smtp.stop();

        transactions.executeWithoutResult(tx -> notifier.enqueue(accepted(trackingNumber, address)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(row(trackingNumber).get("attempts")).isEqualTo(1));
        assertThat((String) row(trackingNumber).get("last_error")).isNotBlank().doesNotContain(address);
        assertThat(Duration.between(clock.instant(), nextAttempt(trackingNumber))).isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(1));

        smtp = startSmtp();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(mailTo(address)).as("not sent before the retry is due").isEmpty());
        clock.advance(Duration.ofMinutes(2));

        awaitMailTo(address);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("attempts")).isEqualTo(2);
        });
    }

    @Test
    void after_its_last_attempt_a_failing_notification_is_given_up_keeping_the_error() {
        String address = newAddress();
        String trackingNumber = newTrackingNumber();
        smtp.stop();

        transactions.executeWithoutResult(tx -> notifier.enqueue(accepted(trackingNumber, address)));

        for (int attempt = 1; attempt <= 3; attempt++) {
            int expected = attempt;
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(row(trackingNumber).get("attempts")).isEqualTo(expected));
            clock.advance(Duration.ofMinutes(6));
        }
        var row = row(trackingNumber);
        assertThat(row.get("next_attempt_at")).as("given up after max-attempts=3").isNull();
        assertThat(row.get("sent_at")).isNull();
        assertThat((String) row.get("last_error")).isNotBlank().doesNotContain(address);
    }

    @Test
    void a_poison_row_is_given_up_and_does_not_stop_the_notifications_queued_with_it() {
        String poisonCase = newTrackingNumber();
        String strangeKindCase = newTrackingNumber();
        Instant now = clock.instant();
        // one row whose recipient does not open (sealed for another case), one of a kind the catalogue does not know
        jdbc.sql("""
                        insert into notification_outbox (created_at, tracking_number, channel, recipient, kind, locale,
                                                         params, attempts, next_attempt_at)
                        values (?, ?, 'SMS', ?, 'CASE_ACCEPTED', 'zh-CN', '{"title":"T","office":"O"}', 0, ?),
                               (?, ?, 'SITE', null, 'CASE_VANISHED', 'zh-CN', '{}', 0, ?)
                        """)
                .params(List.of(ts(now), poisonCase, "t1:" + Base64.getEncoder().encodeToString(
                                "notification:OTHER:SMS|13812345678".getBytes(StandardCharsets.UTF_8)), ts(now),
                        ts(now), strangeKindCase, ts(now)))
                .update();
        String address = newAddress();
        String goodCase = newTrackingNumber();
        transactions.executeWithoutResult(tx -> notifier.enqueue(accepted(goodCase, address)));

        awaitMailTo(address);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String tn : List.of(poisonCase, strangeKindCase)) {
                var row = row(tn);
                assertThat(row.get("next_attempt_at")).as(tn + " given up").isNull();
                assertThat(row.get("sent_at")).isNull();
                assertThat((String) row.get("last_error")).startsWith("unreadable: ");
            }
        });
        assertThat((String) row(strangeKindCase).get("last_error")).contains("CASE_VANISHED");
        assertThat((String) row(poisonCase).get("last_error")).doesNotContain("13812345678");
    }

    private static Notification accepted(String trackingNumber, String address) {
        return new Notification(trackingNumber, ContactChannel.EMAIL, address, TestKinds.CASE_ACCEPTED,
                Map.of("title", "停电", "office", "市长信箱"));
    }

    private Map<String, Object> row(String trackingNumber) {
        return jdbc.sql("select id, recipient, cast(params as text) as params, attempts, next_attempt_at, sent_at,"
                        + " last_error from notification_outbox where tracking_number = ?")
                .param(trackingNumber).query().singleRow();
    }

    private Instant nextAttempt(String trackingNumber) {
        return jdbc.sql("select next_attempt_at from notification_outbox where tracking_number = ?")
                .param(trackingNumber).query(OffsetDateTime.class).single().toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }


    private static MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address), mails -> mails.size() == 1)
                .getFirst();
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String newAddress() {
        return "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String newTrackingNumber() {
        return "ZX20261123" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    private static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
