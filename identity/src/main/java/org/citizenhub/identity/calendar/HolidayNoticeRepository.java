package org.citizenhub.identity.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.citizenhub.audit.AuditActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices administrators loaded, one row per year (table {@code holiday_notice}), plain SQL. */
@Repository
class HolidayNoticeRepository {

    /** A stored upload: the notice's JSON ({@code HolidayNoticeJson} form) and who loaded it when. */
    record StoredNotice(int year, String notice, String document, OffsetDateTime loadedAt, String loadedBySubject,
                        String loadedByUsername) {
    }

    private final JdbcClient jdbc;

    HolidayNoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lowest year first. */
    List<StoredNotice> findAll() {
        return jdbc.sql("""
                select year, notice, document::text as document, loaded_at, loaded_by_subject, loaded_by_username
                  from holiday_notice
                 order by year
                """).query(HolidayNoticeRepository::map).list();
    }

    Optional<StoredNotice> find(int year) {
        return jdbc.sql("""
                select year, notice, document::text as document, loaded_at, loaded_by_subject, loaded_by_username
                  from holiday_notice
                 where year = :year
                """).param("year", year).query(HolidayNoticeRepository::map).optional();
    }

    /** Inserts the year or replaces its row. */
    void save(int year, String notice, String document, OffsetDateTime loadedAt, AuditActor loadedBy) {
        jdbc.sql("""
                insert into holiday_notice (year, notice, document, loaded_at, loaded_by_subject, loaded_by_username)
                values (:year, :notice, cast(:document as jsonb), :loadedAt, :subject, :username)
                on conflict (year) do update
                   set notice = excluded.notice, document = excluded.document, loaded_at = excluded.loaded_at,
                       loaded_by_subject = excluded.loaded_by_subject, loaded_by_username = excluded.loaded_by_username
                """)
                .param("year", year)
                .param("notice", notice)
                .param("document", document)
                .param("loadedAt", loadedAt)
                .param("subject", loadedBy.subject())
                .param("username", loadedBy.username())
                .update();
    }

    private static StoredNotice map(ResultSet rs, int row) throws SQLException {
        return new StoredNotice(rs.getInt("year"), rs.getString("notice"), rs.getString("document"),
                rs.getObject("loaded_at", OffsetDateTime.class), rs.getString("loaded_by_subject"),
                rs.getString("loaded_by_username"));
    }
}
