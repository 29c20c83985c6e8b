package org.citizenhub.identity.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Profiles in PostgreSQL; the phone number only ever reaches the table encrypted. */
@Repository
class CitizenProfileRepository {

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;

    CitizenProfileRepository(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    Optional<CitizenProfile> find(String subject) {
        return jdbc.sql("select * from citizen_profile where subject = :subject")
                .param("subject", subject)
                .query(this::map)
                .optional();
    }

    void insert(CitizenProfile p) {
        jdbc.sql("""
                insert into citizen_profile (subject, display_name, phone_encrypted, email, notify_site, notify_sms,
                                             notify_email, created_at, updated_at, version)
                values (:subject, :displayName, :phone, :email, :site, :sms, :mail, :createdAt, :updatedAt, 0)
                """)
                .param("subject", p.subject())
                .param("displayName", p.displayName())
                .param("phone", encryptedPhone(p))
                .param("email", p.email())
                .param("site", p.notifications().site())
                .param("sms", p.notifications().sms())
                .param("mail", p.notifications().email())
                .param("createdAt", p.createdAt().atOffset(ZoneOffset.UTC))
                .param("updatedAt", p.updatedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void update(CitizenProfile p) {
        int rows = jdbc.sql("""
                update citizen_profile set display_name = :displayName, phone_encrypted = :phone, email = :email,
                       notify_site = :site, notify_sms = :sms, notify_email = :mail, updated_at = :updatedAt,
                       version = version + 1
                 where subject = :subject and version = :version
                """)
                .param("subject", p.subject())
                .param("displayName", p.displayName())
                .param("phone", encryptedPhone(p))
                .param("email", p.email())
                .param("site", p.notifications().site())
                .param("sms", p.notifications().sms())
                .param("mail", p.notifications().email())
                .param("updatedAt", p.updatedAt().atOffset(ZoneOffset.UTC))
                .param("version", p.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Profile changed concurrently");
        }
    }

    private String encryptedPhone(CitizenProfile p) {
        return p.phone() == null ? null : seal.seal(p.phone().value(), p.subject());
    }

    private CitizenProfile map(ResultSet rs, int row) throws SQLException {
        var subject = rs.getString("subject");
        var phone = rs.getString("phone_encrypted");
        return new CitizenProfile(subject, rs.getString("display_name"),
                phone == null ? null : new PhoneNumber(seal.open(phone, subject)),
                rs.getString("email"),
                new NotificationPreferences(rs.getBoolean("notify_site"), rs.getBoolean("notify_sms"),
                        rs.getBoolean("notify_email")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }
}
