package org.citizenhub.mailbox.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.web.security.SiteTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public listing of published letters. It reads only the masked columns, and keyword search runs on the masked
 * text too, so that nobody can find a letter by a phone number or ID number it contained. Each site (集约化) lists
 * its own letters: those whose mailbox office is one of the departments the site selection covers (a letter's site
 * is its office's, also when a district's department answered it).
 */
@Component
public class PublishedLetters {

    /** @param offices the mailbox offices whose letters are listed: the departments of the site selection */
    public record Query(String keyword, String mailbox, String category, LocalDate from, LocalDate to, int page,
                        int size, Set<String> offices) {
    }

    /**
     * @param site         the letter's site: its mailbox office's
     * @param handlingSite the site of the department that answered it
     */
    public record PublishedLetter(String trackingNumber, String mailbox, String mailboxNameZh, String category,
                                  String title, String body, String reply, OffsetDateTime receivedAt,
                                  OffsetDateTime repliedAt, String department, Integer workingDaysTaken,
                                  Boolean answeredOnTime, String site, String handlingSite) {
    }

    private static final String COLUMNS = """
            l.tracking_number, l.mailbox_code, m.name_zh, l.category, l.published_title, l.published_body,
            l.published_reply, l.submitted_at, l.answered_at, l.department, l.working_days_taken, l.answered_on_time,
            l.mailbox_owner
            """;

    private final JdbcClient jdbc;
    private final SiteTree sites;

    PublishedLetters(JdbcClient jdbc, SiteTree sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    public List<PublishedLetter> search(Query query, ZoneId zone) {
        if (query.offices().isEmpty()) {
            return List.of();
        }
        String keyword = query.keyword() == null || query.keyword().isBlank() ? null
                : "%" + query.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + """
                  from letter l join mailbox m on m.code = l.mailbox_code
                 where l.published_at is not null and l.mailbox_owner in (:offices)
                   and (cast(:keyword as text) is null or l.published_title ilike :keyword
                        or l.published_body ilike :keyword or l.published_reply ilike :keyword)
                   and (cast(:mailbox as text) is null or l.mailbox_code = :mailbox)
                   and (cast(:category as text) is null or l.category = :category)
                   and (cast(:from as timestamptz) is null or l.submitted_at >= :from)
                   and (cast(:to as timestamptz) is null or l.submitted_at < :to)
                 order by l.published_at desc, l.id
                 limit :size offset :offset
                """)
                .param("offices", List.copyOf(query.offices()))
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

    /** The published letter, if it is one of the offices' letters (a letter of another site is not found). */
    public Optional<PublishedLetter> find(String trackingNumber, Set<String> offices, ZoneId zone) {
        if (offices.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + """
                  from letter l join mailbox m on m.code = l.mailbox_code
                 where l.published_at is not null and l.tracking_number = :tn and l.mailbox_owner in (:offices)
                """)
                .param("tn", trackingNumber)
                .param("offices", List.copyOf(offices))
                .query((rs, i) -> map(rs, zone))
                .optional();
    }

    private PublishedLetter map(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        String department = rs.getString(10);
        return new PublishedLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), local(rs.getObject(8, OffsetDateTime.class), zone),
                local(rs.getObject(9, OffsetDateTime.class), zone), department,
                (Integer) rs.getObject(11), (Boolean) rs.getObject(12), siteOf(rs.getString(13)), siteOf(department));
    }

    private String siteOf(String department) {
        return department == null ? null : sites.siteOf(department).orElse(null);
    }

    private static OffsetDateTime local(OffsetDateTime value, ZoneId zone) {
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
