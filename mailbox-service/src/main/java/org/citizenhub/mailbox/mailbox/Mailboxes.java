package org.citizenhub.mailbox.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.citizenhub.calendar.DeadlineRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The configured mailboxes (市长信箱, 区长信箱, department mailboxes): who owns each (its office screens and
 * assigns), whether it is open, its introduction, its reply limit per category, and its routing rules.
 */
@Component
public class Mailboxes {

    public record MailboxSummary(String code, String nameZh, String nameEn, String ownerDepartment, boolean open,
                                 String introZh, String introEn, int replyWorkingDays, int dueSoonWorkingDays) {
    }

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailboxSummary> find(String code) {
        return jdbc.sql("select * from mailbox where code = :code").param("code", code)
                .query((rs, i) -> summary(rs)).optional();
    }

    /** Open mailboxes, for the portal. */
    public List<MailboxSummary> open() {
        return jdbc.sql("select * from mailbox where open order by code").query((rs, i) -> summary(rs)).list();
    }

    /**
     * How long the mailbox has to reply to a letter of this category: the category's own limit if it has one,
     * else the mailbox's (15 working days unless configured).
     */
    public DeadlineRule replyRule(String mailbox, String category) {
        var box = find(mailbox).orElseThrow(() -> new IllegalArgumentException("No mailbox " + mailbox));
        int days = jdbc.sql("select working_days from mailbox_category_deadline where mailbox_code = :m and category = :c")
                .param("m", mailbox).param("c", category).query(Integer.class).optional()
                .orElse(box.replyWorkingDays());
        return new DeadlineRule("letter-reply", days, Math.min(box.dueSoonWorkingDays(), days));
    }

    /**
     * The department the routing rules give a letter: the first rule (by priority) of the mailbox whose category
     * (if set) matches and whose keyword (if set) occurs in the title or body.
     */
    public Optional<String> routeByRule(String mailbox, String category, String title, String body) {
        String text = (title + "\n" + body).toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                select category, keyword, department from routing_rule where mailbox_code = :m
                 order by priority, id
                """)
                .param("m", mailbox)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list().stream()
                .filter(rule -> rule[0] == null || rule[0].equals(category))
                .filter(rule -> rule[1] == null || text.contains(rule[1].toLowerCase(Locale.ROOT)))
                .map(rule -> rule[2])
                .findFirst();
    }

    private static MailboxSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MailboxSummary(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("owner_department"), rs.getBoolean("open"), rs.getString("intro_zh"),
                rs.getString("intro_en"), rs.getInt("reply_working_days"), rs.getInt("due_soon_working_days"));
    }
}
