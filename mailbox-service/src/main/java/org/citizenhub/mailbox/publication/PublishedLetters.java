package org.citizenhub.mailbox.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing of published letters. It reads only the masked columns, and keyword search runs on the masked
 * text too, so that nobody can find a letter by a phone number or ID number it contained.
 */
@Component
public class PublishedLetters {

    public record Query(String keyword, String mailbox, String category, LocalDate from, LocalDate to, int page,
                        int size) {
    }

    public record PublishedLetter(String trackingNumber, String mailbox, String mailboxNameZh, String category,
                                  String title, String body, String reply, OffsetDateTime receivedAt,
                                  OffsetDateTime repliedAt, String department, Integer workingDaysTaken,
                                  Boolean answeredOnTime) {
    }

    private static final String COLUMNS = """
            l.tracking_number, l.mailbox_code, m.name_zh, l.category, l.published_title, l.published_body,
            l.published_reply, l.submitted_at, l.answered_at, l.department, l.working_days_taken, l.answered_on_time
            """;

    private final JdbcClient jdbc;

    PublishedLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedLetter> search(Query query, ZoneId zone) {
        String keyword = query.keyword() == null || query.keyword().isBlank() ? null
                : "%" + query.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + """
                  from letter l join mailbox m on m.code = l.mailbox_code
                 where l.published_at is not null
                   and (cast(:keyword as text) is null or l.published_title ilike :keyword
                        or l.published_body ilike :keyword or l.published_reply ilike :keyword)
                   and (cast(:mailbox as text) is null or l.mailbox_code = :mailbox)
                   and (cast(:category as text) is null or l.category = :category)
                   and (cast(:from as timestamptz) is null or l.submitted_at >= :from)
                   and (cast(:to as timestamptz) is null or l.submitted_at < :to)
                 order by l.published_at desc, l.id
                 limit :size offset :offset
                """)
                .param("keyword", keyword)
                .param("mailbox", query.mailbox())
                .param("category", query.category())
                .param("from", query.from() == null ? null : query.from().atStartOfDay(zone).toOffsetDateTime())
                .param("to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, i) -> map(rs, zone))
                .list();
    }

    public Optional<PublishedLetter> find(String trackingNumber, ZoneId zone) {
        return jdbc.sql("select " + COLUMNS + """
                  from letter l join mailbox m on m.code = l.mailbox_code
                 where l.published_at is not null and l.tracking_number = :tn
                """)
                .param("tn", trackingNumber)
                .query((rs, i) -> map(rs, zone))
                .optional();
    }

    private static PublishedLetter map(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        return new PublishedLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), local(rs.getObject(8, OffsetDateTime.class), zone),
                local(rs.getObject(9, OffsetDateTime.class), zone), rs.getString(10),
                (Integer) rs.getObject(11), (Boolean) rs.getObject(12));
    }

    private static OffsetDateTime local(OffsetDateTime value, ZoneId zone) {
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
