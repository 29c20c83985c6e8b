package org.citizenhub.mailbox.mailbox;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The configured mailboxes (市长信箱, 区长信箱, department mailboxes). Managing them comes with the mailbox issue. */
@Component
public class Mailboxes {

    public record MailboxSummary(String code, String nameZh, String nameEn, String ownerDepartment, boolean open) {
    }

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailboxSummary> find(String code) {
        return jdbc.sql("select code, name_zh, name_en, owner_department, open from mailbox where code = :code")
                .param("code", code)
                .query((rs, i) -> new MailboxSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }
}
