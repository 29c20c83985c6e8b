package org.citizenhub.mailbox.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.privacy.PersonalDataCipher;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mailbox database as it is in production before notifications moved to platform-casework (schema version 5, with
 * sent, given-up and pending notifications in {@code notification_outbox}) is upgraded by starting the service on it:
 * Flyway's full migration (mailbox's V6+ and every {@code db/platform} migration, incl. the library's repeatable
 * {@code notification_outbox}) validates, keeps every row, and the library's dispatcher delivers the pending ones,
 * opening recipients sealed by the old code.
 */
@HubIntegrationTest(properties = {
        "hub.test.database=mailbox_notify_upgrade",
        "hub.mailbox.personal-data-key=" + NotificationSchemaUpgradeIT.KEY,
        "hub.notifications.dispatch-interval=200ms"})
@ExtendWith(OutputCaptureExtension.class)
class NotificationSchemaUpgradeIT {

    static final String KEY = "bG9jYWwtb25seS1tYWlsYm94LWtleS0zMi1ieXRlcyE=";
    private static final String PHONE = "13912345678";

    /** Runs before the service starts: a fresh database at version 5, with rows, under the old layout. */
    @DynamicPropertySource
    static void databaseAtVersion5(DynamicPropertyRegistry registry) throws SQLException {
        HubEndpoints hub = SharedInfrastructure.get();
        String url = SharedInfrastructure.database("mailbox_notify_upgrade");
        Flyway.configure().dataSource(url, hub.postgresUsername(), hub.postgresPassword())
                .cleanDisabled(false).load().clean();
        Flyway.configure()
                .dataSource(url, hub.postgresUsername(), hub.postgresPassword())
                .locations("classpath:db/migration", "classpath:db/platform")
                .target("5")
                // the schema of version 5 had no library repeatable migrations: leave every R__ out
                .repeatableSqlMigrationPrefix("not-yet-")
                .load().migrate();
        String sealedPhone = new PersonalDataCipher(KEY, "test")
                .seal(PHONE, "notification:ML20261120000003:SMS");
        try (Connection c = DriverManager.getConnection(url, hub.postgresUsername(), hub.postgresPassword());
             var insert = c.prepareStatement("""
                     insert into notification_outbox (created_at, tracking_number, channel, recipient, kind, locale,
                         params, attempts, next_attempt_at, sent_at, last_error)
                     values (now() - interval '2 days', 'ML20261120000001', 'EMAIL', null, 'LETTER_ACCEPTED', 'zh-CN',
                             '{"title":"路灯不亮","mailbox":"市长信箱","dueDate":"2026年12月8日"}', 1, null,
                             now() - interval '2 days', null),
                            (now() - interval '2 days', 'ML20261120000002', 'EMAIL', 'v1:gone', 'LETTER_ANSWERED', 'en',
                             '{"title":"Noise","mailbox":"Mayor''s Mailbox"}', 10, null, null, 'MailSendException'),
                            (now() - interval '1 hour', 'ML20261120000003', 'SMS', ?, 'LETTER_NOT_ACCEPTED', 'zh-CN',
                             '{"title":"投诉邻居","mailbox":"市长信箱","reason":"属于民事纠纷。"}', 1,
                             now() - interval '1 minute', null, 'MailConnectException'),
                            (now() - interval '1 hour', 'ML20261120000004', 'SITE', null, 'LETTER_ANSWERED', 'zh-CN',
                             '{"title":"社保咨询","mailbox":"市长信箱"}', 0, now() - interval '1 hour', null, null)
                     """)) {
            insert.setString(1, sealedPhone);
            assertThat(insert.executeUpdate()).isEqualTo(4);
        }
    }

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_upgraded_schema_validates_keeps_every_notification_and_the_library_delivers_the_pending_ones(
            CapturedOutput output) {
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(jdbc.sql("select script from flyway_schema_history where success order by installed_rank")
                .query(String.class).list())
                .contains("V5__notification_outbox.sql", "V7__notifications_by_catalogue.sql",
                        "R__platform_casework_notification_outbox.sql");
        assertThat(jdbc.sql("select character_maximum_length from information_schema.columns"
                        + " where table_name = 'notification_outbox' and column_name = 'kind'")
                .query(Integer.class).single()).isEqualTo(64);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(sent("ML20261120000003")).as("pending SMS sent").isTrue();
            assertThat(sent("ML20261120000004")).as("pending site notification sent").isTrue();
        });
        assertThat(output.getOut()).contains("SMS to 139****5678")
                .contains("【市长信箱】您的来信ML20261120000003未予受理，原因：属于民事纠纷。").doesNotContain(PHONE);

        List<Map<String, Object>> rows = jdbc.sql("select tracking_number, attempts, recipient, next_attempt_at, "
                + "sent_at, last_error from notification_outbox order by id").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("tracking_number")).containsExactly("ML20261120000001",
                "ML20261120000002", "ML20261120000003", "ML20261120000004");
        assertThat(rows.get(0).get("attempts")).as("sent before the upgrade, untouched").isEqualTo(1);
        assertThat(rows.get(1).get("attempts")).as("given up before the upgrade, never retried").isEqualTo(10);
        assertThat(rows.get(1).get("sent_at")).isNull();
        assertThat(rows.get(2).get("attempts")).as("one failure before the upgrade, sent after it").isEqualTo(2);
        assertThat(rows.get(2).get("recipient")).isNull();
    }

    private boolean sent(String trackingNumber) {
        return jdbc.sql("select sent_at is not null from notification_outbox where tracking_number = ?")
                .param(trackingNumber).query(Boolean.class).single();
    }
}
