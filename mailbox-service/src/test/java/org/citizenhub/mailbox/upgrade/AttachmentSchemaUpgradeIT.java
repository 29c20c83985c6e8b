package org.citizenhub.mailbox.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.citizenhub.casework.attachments.AttachmentAccess;
import org.citizenhub.casework.attachments.AttachmentInfo;
import org.citizenhub.casework.attachments.AttachmentProperties;
import org.citizenhub.casework.attachments.AttachmentSubject;
import org.citizenhub.casework.attachments.Attachments;
import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mailbox database at today's schema (version 5, letters with attachments claimed by letter_id) upgrades to
 * attachments by subject: V6 reshapes the table, the library's repeatable migration adopts it, Flyway still
 * validates, and every row reads through platform/casework as subject "letter".
 */
class AttachmentSchemaUpgradeIT {

    /** The locations a deployed mailbox migrates (application.yml), before and after the upgrade. */
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/platform"};
    private static final String LIBRARY_MIGRATION = "db/platform/R__platform_casework_attachment.sql";

    private final DataSource database = dataSource("mailbox_upgrade_attach");
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void an_empty_database_at_the_mailbox_schema_of_version_5() {
        Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
        var version5 = Flyway.configure().dataSource(database).locations(LOCATIONS).target("5")
                // the deployed version 5 had no repeatable migrations: leave today's R__ files out of this step
                .repeatableSqlMigrationPrefix("not-yet-")
                .load();
        version5.migrate();
        assertThat(version5.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("5"));
        assertThat(columns(database)).extracting(c -> c.get("column_name")).contains("letter_id")
                .doesNotContain("subject_id");
    }

    @Test
    void letters_attachments_survive_the_upgrade_and_read_through_the_library_as_subject_letter() {
        UUID letter = insertLetter("writer-1");
        byte[] photo = bytes("photo of the pothole");
        byte[] scan = bytes("%PDF-1.4 scan");
        byte[] waiting = bytes("not claimed yet");
        UUID claimedFirst = insertAttachment("writer-1", letter, "坑洼.png", "image/png", photo, now.minusMinutes(10));
        UUID claimedSecond = insertAttachment("writer-1", letter, "扫描件.pdf", "application/pdf", scan, now.minusMinutes(5));
        UUID unclaimed = insertAttachment("writer-1", null, "later.png", "image/png", waiting, now.minusMinutes(1));

        var upgrade = Flyway.configure().dataSource(database).locations(LOCATIONS).load();
        upgrade.migrate();

        assertThat(upgrade.validateWithResult().validationSuccessful).as("Flyway validate after the upgrade").isTrue();
        assertThat(upgrade.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("6"));
        assertThat(upgrade.info().pending()).isEmpty();
        assertThat(upgrade.info().applied()).extracting(m -> m.getScript())
                .contains("V6__attachments_by_subject.sql", "R__platform_casework_attachment.sql");

        var attachments = library();
        var subject = AttachmentSubject.of("letter", letter);
        List<AttachmentInfo> ofLetter = attachments.of(subject);
        assertThat(ofLetter).extracting(AttachmentInfo::id).containsExactly(claimedFirst, claimedSecond);
        assertThat(ofLetter.getFirst().filename()).isEqualTo("坑洼.png");
        assertThat(ofLetter.getFirst().contentType()).isEqualTo("image/png");
        assertThat(ofLetter.getFirst().size()).isEqualTo(photo.length);
        assertThat(ofLetter.getFirst().sha256()).isEqualTo(Attachments.sha256(photo));
        assertThat(ofLetter.getFirst().uploadedAt()).isEqualTo(now.minusMinutes(10));

        var staffRead = attachments.read(claimedSecond, AttachmentAccess.subject(subject)).orElseThrow();
        assertThat(staffRead.content()).isEqualTo(scan);
        assertThat(staffRead.subject()).contains(subject);
        assertThat(staffRead.isOwnedBy("writer-1")).isTrue();
        var ownRead = attachments.read(unclaimed, AttachmentAccess.owner("writer-1")).orElseThrow();
        assertThat(ownRead.subject()).isEmpty();
        assertThat(ownRead.content()).isEqualTo(waiting);
        assertThat(attachments.read(unclaimed, AttachmentAccess.subject(subject))).isEmpty();
        assertThat(jdbc.sql("select count(*) from attachment where claimed_at is null").query(Long.class).single())
                .isEqualTo(1);

        // the upgraded table works on: the waiting upload is claimed by the letter as a third file
        var claimed = new TransactionTemplate(new DataSourceTransactionManager(database))
                .execute(status -> attachments.claim("writer-1", List.of(unclaimed), subject));
        assertThat(claimed).extracting(AttachmentInfo::id).containsExactly(unclaimed);
        assertThat(attachments.of(subject)).hasSize(3);
    }

    @Test
    void the_upgraded_table_has_exactly_the_shape_the_library_creates_and_its_migration_runs_again_unchanged()
            throws IOException {
        insertAttachment("writer-2", insertLetter("writer-2"), "a.png", "image/png", bytes("a"), now);
        Flyway.configure().dataSource(database).locations(LOCATIONS).load().migrate();

        DataSource fresh = dataSource("mailbox_upgrade_fresh");
        Flyway.configure().dataSource(fresh).cleanDisabled(false).load().clean();
        // a new service's database: only the platform libraries' migrations
        Flyway.configure().dataSource(fresh).locations("classpath:db/platform").load().migrate();

        assertThat(shape(database)).isEqualTo(shape(fresh));
        assertThat(columns(database)).extracting(c -> c.get("column_name")).doesNotContain("letter_id");

        // the repeatable migration adopts the reshaped table again, as it does whenever its checksum changes
        jdbc.sql(resource(LIBRARY_MIGRATION)).update();
        assertThat(shape(database)).isEqualTo(shape(fresh));
        assertThat(Flyway.configure().dataSource(database).locations(LOCATIONS).load().validateWithResult()
                .validationSuccessful).isTrue();
    }

    /** Columns in order, constraints and indexes of table attachment. */
    private static Map<String, Object> shape(DataSource dataSource) {
        var db = JdbcClient.create(dataSource);
        return Map.of(
                "columns", columns(dataSource).stream().map(c -> List.of(c.get("column_name"), c.get("data_type"),
                        String.valueOf(c.get("character_maximum_length")), c.get("is_nullable"))).toList(),
                "constraints", db.sql("""
                        select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = 'attachment'::regclass order by conname
                        """).query(String.class).list(),
                "indexes", db.sql("""
                        select indexdef from pg_indexes where tablename = 'attachment' and schemaname = 'public'
                        order by indexname
                        """).query(String.class).list());
    }

    private static List<Map<String, Object>> columns(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("""
                select column_name, data_type, character_maximum_length, is_nullable from information_schema.columns
                where table_schema = 'public' and table_name = 'attachment' order by ordinal_position
                """).query().listOfRows();
    }

    private Attachments library() {
        return new Attachments(jdbc, new DataSourceTransactionManager(database), AttachmentProperties.defaults(),
                Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** A mailbox and a letter in it, as version 5 stores them. */
    private UUID insertLetter(String writer) {
        jdbc.sql("""
                insert into mailbox (code, name_zh, name_en, owner_department) values ('UPGRADE', '升级测试信箱',
                'Upgrade test mailbox', 'D-GOV-OFFICE') on conflict (code) do nothing
                """).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into letter (id, tracking_number, writer_id, mailbox_code, mailbox_owner, category, title, body,
                                    status, submitted_at)
                values (?, ?, ?, 'UPGRADE', 'D-GOV-OFFICE', 'OTHER', '升级前的信', '正文', 'SUBMITTED', ?)
                """)
                .params(id, "ML" + HexFormat.of().toHexDigits(id.getMostSignificantBits()).substring(0, 12)
                        .toUpperCase(), writer, now)
                .update();
        return id;
    }

    /** An attachment row as version 5 stores it: claimed by {@code letter}, or unclaimed when it is null. */
    private UUID insertAttachment(String owner, UUID letter, String filename, String type, byte[] content,
                                  OffsetDateTime uploadedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into attachment (id, owner_id, letter_id, filename, content_type, size_bytes, sha256, content,
                                        uploaded_at, claimed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, owner, letter, filename, type, content.length, Attachments.sha256(content), content,
                        uploadedAt, letter == null ? null : uploadedAt.plusMinutes(1))
                .update();
        return id;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = AttachmentSchemaUpgradeIT.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DataSource dataSource(String name) {
        var servers = SharedInfrastructure.get();
        return new DriverManagerDataSource(SharedInfrastructure.database(name), servers.postgresUsername(),
                servers.postgresPassword());
    }
}
