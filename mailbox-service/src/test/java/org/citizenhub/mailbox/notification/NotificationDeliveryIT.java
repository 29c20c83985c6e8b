package org.citizenhub.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.citizenhub.casework.notify.CitizenNotifier;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationDispatcher;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mailbox's notifications end to end through platform-casework against a real SMTP server (GreenMail, in this JVM on a free port): queued in the
 * caller's transaction, sent by the scheduled dispatcher, retried after an outage once the back-off has passed
 * (the service's {@link Clock} is replaced by one the test can move forward), never sent if the transaction rolls
 * back; contact details are stored encrypted.
 */
@HubIntegrationTest(properties = {
        // the same migrations as the module's other ITs, which share the database
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.notifications.dispatch-interval=200ms"})
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryIT {

    private static final int SMTP_PORT = freePort();
    private static volatile GreenMail smtp = startSmtp();

    @TestConfiguration
    static class MovedClock {
        @Bean
        @Primary
        MovableClock adjustableClock() {
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
    void an_accepted_letter_queued_in_a_transaction_reaches_the_citizen_by_email_in_chinese() throws Exception {
        String address = newAddress();
        String trackingNumber = newTrackingNumber();

        String stored = transactions.execute(tx -> {
            notifier.enqueue(new Notification(trackingNumber, ContactChannel.EMAIL, address,
                    MailboxNotifications.LETTER_ACCEPTED, Map.of("title", "人民路路灯不亮", "mailbox", "市长信箱",
                    "dueDate", "2026年12月8日")));
            return recipientColumn(trackingNumber);
        });
        assertThat(stored).startsWith("v1:").doesNotContain(address).doesNotContain(address.split("@")[0]);

        MimeMessage mail = awaitMailTo(address);

        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        var from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@citizenhub.example");
        assertThat(from.getPersonal()).isEqualTo("市长信箱");
        assertThat(mail.getSubject()).isEqualTo("【市长信箱】您的来信已受理（" + trackingNumber + "）");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat((String) mail.getContent())
                .contains("您写给市长信箱的来信《人民路路灯不亮》已受理，信件编号：" + trackingNumber + "。")
                .contains("我们将在2026年12月8日前答复您。")
                .contains("本邮件由系统自动发送，请勿直接回复。");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("next_attempt_at")).isNull();
            assertThat(row.get("recipient")).as("the address is forgotten once sent").isNull();
        });
    }

    @Test
    void a_text_message_is_logged_with_the_phone_number_masked_and_marked_sent(CapturedOutput output) {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String trackingNumber = newTrackingNumber();

        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(trackingNumber, ContactChannel.SMS,
                phone, MailboxNotifications.LETTER_NOT_ACCEPTED, Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "投诉邻居", "mailbox", "市长信箱", "reason", "属于民事纠纷。"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(row(trackingNumber).get("sent_at")).isNotNull());
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(output.getOut()).contains("SMS to " + masked)
                .contains("【市长信箱】您的来信" + trackingNumber + "未予受理，原因：属于民事纠纷。")
                .doesNotContain(phone);
    }

    @Test
    void a_site_notification_sends_nothing_and_is_marked_sent() {
        String trackingNumber = newTrackingNumber();

        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(trackingNumber, ContactChannel.SITE,
                null, MailboxNotifications.LETTER_ANSWERED, Map.of("title", "社保咨询", "mailbox", "市长信箱"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(row(trackingNumber).get("sent_at")).isNotNull());
    }

    @Test
    void while_the_mail_server_is_down_the_email_waits_and_it_is_delivered_once_the_server_is_back_and_the_retry_is_due()
            throws Exception {
        String address = newAddress();
        String trackingNumber = newTrackingNumber();
        smtp.stop();

        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(trackingNumber,
                ContactChannel.EMAIL, address, MailboxNotifications.LETTER_ANSWERED, Locale.ENGLISH,
                Map.of("title", "Street lights out", "mailbox", "Mayor's Mailbox"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank().doesNotContain(address);
        });
        var pending = row(trackingNumber);
        assertThat(pending.get("sent_at")).isNull();
        assertThat((String) pending.get("recipient")).startsWith("v1:").doesNotContain(address);
        Instant retryAt = jdbc.sql("select next_attempt_at from notification_outbox where tracking_number = ?")
                .param(trackingNumber).query(OffsetDateTime.class).single().toInstant();
        assertThat(Duration.between(clock.instant(), retryAt)).isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(1));

        smtp = startSmtp();
        // the server is back, but the retry is not due yet: nothing is sent early
        assertThat(row(trackingNumber).get("attempts")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));

        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("[Mayor's Mailbox] Your letter " + trackingNumber + " has been answered");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("sent_at")).isNotNull();
            assertThat(row.get("attempts")).isEqualTo(2);
            assertThat(row.get("recipient")).isNull();
        });
    }

    @Test
    void a_notification_queued_in_a_transaction_that_rolls_back_is_never_sent() throws Exception {
        String rolledBack = newAddress();
        String rolledBackLetter = newTrackingNumber();
        String committed = newAddress();
        String committedLetter = newTrackingNumber();
        Map<String, String> params = Map.of("title", "停电", "mailbox", "市长信箱");

        transactions.executeWithoutResult(tx -> {
            notifier.enqueue(new Notification(rolledBackLetter, ContactChannel.EMAIL, rolledBack,
                    MailboxNotifications.LETTER_ACCEPTED, params));
            tx.setRollbackOnly(); // the handling step failed
        });
        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(committedLetter,
                ContactChannel.EMAIL, committed, MailboxNotifications.LETTER_ACCEPTED, params)));

        // once the notification queued after it has arrived, the rolled-back one would have too
        awaitMailTo(committed);
        assertThat(mailTo(rolledBack)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_outbox where tracking_number = ?")
                .param(rolledBackLetter).query(Long.class).single()).isZero();
    }

    @Test
    void a_malformed_address_is_given_up_at_once_and_the_dispatcher_runs_under_its_shedlock_lock() {
        String trackingNumber = newTrackingNumber();

        transactions.executeWithoutResult(tx -> notifier.enqueue(new Notification(trackingNumber,
                ContactChannel.EMAIL, "zhang san at example", MailboxNotifications.LETTER_ACCEPTED,
                Map.of("title", "标题", "mailbox", "市长信箱"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var row = row(trackingNumber);
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("next_attempt_at")).isNull();
            assertThat(row.get("sent_at")).isNull();
            assertThat((String) row.get("last_error")).contains("malformed e-mail address")
                    .doesNotContain("zhang san");
        });
        assertThat(jdbc.sql("select count(*) from shedlock where name = ?").param(NotificationDispatcher.LOCK_NAME)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void queueing_outside_a_transaction_is_refused() {
        var notification = new Notification(newTrackingNumber(), ContactChannel.SITE, null,
                MailboxNotifications.LETTER_ANSWERED, Map.of("title", "标题", "mailbox", "市长信箱"));

        assertThatThrownBy(() -> notifier.enqueue(notification)).isInstanceOf(IllegalTransactionStateException.class);
    }

    private Map<String, Object> row(String trackingNumber) {
        return jdbc.sql("select * from notification_outbox where tracking_number = ?").param(trackingNumber)
                .query().singleRow();
    }

    private String recipientColumn(String trackingNumber) {
        return jdbc.sql("select recipient from notification_outbox where tracking_number = ?").param(trackingNumber)
                .query(String.class).single();
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
        return "ML20261123" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000))
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
